package org.duban.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A backup restored into a new data directory (H2: the zip of {@code GET /api/v1/backup}; PostgreSQL: pg_dump and
 * pg_restore into a new database, as the README says) serves the seed plan byte for byte as the original did: the
 * plan, its tasks, its summary and its exports, with the same ETags.
 */
class BackupRestoreIT {

    private static final String AS_OF = "2023-12-31";

    @Test
    void shouldServeIdenticalResponsesFromARestoredBackup() throws Exception {
        if (ServiceProcess.postgres()) {
            restoreWithPgDump();
        } else {
            restoreH2Backup();
        }
    }

    private void restoreH2Backup() throws IOException {
        Map<String, ServiceClient.Answer> before;
        Path restored = Files.createDirectories(Path.of("target", "it-data"))
                .resolve("restored-" + UUID.randomUUID().toString().substring(0, 8));
        try (ServiceProcess original = ServiceProcess.start(ServiceProcess.Options.defaults().demoData(true))) {
            ServiceClient client = new ServiceClient(original);
            before = seedPlanResponses(client);
            ServiceClient.Answer backup = client.get("/api/v1/backup");
            assertThat(backup.status()).as("backup: " + backup).isEqualTo(200);
            assertThat(backup.contentType()).isEqualTo("application/zip");
            unzip(backup.body(), restored);
            // A write after the backup is not in it.
            client.create("/api/v1/plans", Map.of("title", "备份之后", "year", 2024, "region", "备份市",
                    "disclosure", "PUBLIC"));
        }
        assertThat(restored.resolve("duban.mv.db")).exists();
        try (ServiceProcess copy = ServiceProcess.start(ServiceProcess.Options.defaults()
                .environment("DUBAN_DATA_DIR", restored.toAbsolutePath().toString()))) {
            ServiceClient client = new ServiceClient(copy);
            assertSameResponses(before, seedPlanResponses(client));
            assertThat(client.get("/api/v1/plans").json().get("totalItems").asLong()).isEqualTo(1);
        }
    }

    private void restoreWithPgDump() throws Exception {
        PgServer server = PgServer.fromEnvironment();
        String source = server.createDatabase();
        String target = server.createDatabase();
        try {
            Map<String, ServiceClient.Answer> before;
            try (ServiceProcess original = ServiceProcess.start(ServiceProcess.Options.defaults().demoData(true)
                    .environment("DUBAN_DB_URL", server.url(source)))) {
                ServiceClient client = new ServiceClient(original);
                before = seedPlanResponses(client);
                ServiceClient.Answer refused = client.get("/api/v1/backup");
                assertThat(refused.status()).as("GET /backup on PostgreSQL").isEqualTo(409);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                Path dump = Files.createDirectories(Path.of("target", "it-data")).resolve(source + ".dump");
                // Online, as in production: pg_dump reads one consistent snapshot while the service runs.
                server.run("pg_dump", "--format=custom", "--file=" + dump.toAbsolutePath(), "--dbname=" + source);
                server.run("pg_restore", "--no-owner", "--dbname=" + target, dump.toAbsolutePath().toString());
            }
            try (ServiceProcess copy = ServiceProcess.start(ServiceProcess.Options.defaults()
                    .environment("DUBAN_DB_URL", server.url(target)))) {
                assertSameResponses(before, seedPlanResponses(new ServiceClient(copy)));
            }
        } finally {
            server.dropDatabase(source);
            server.dropDatabase(target);
        }
    }

    /** The seed plan as clients see it; lights depend on the date, so it is fixed. */
    private static Map<String, ServiceClient.Answer> seedPlanResponses(ServiceClient client) {
        var plans = client.get("/api/v1/plans").json();
        assertThat(plans.get("totalItems").asLong()).as("plans").isEqualTo(1);
        long plan = plans.get("items").get(0).get("id").asLong();
        Map<String, ServiceClient.Answer> responses = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/plans/" + plan,
                "/api/v1/tasks?plan=" + plan + "&size=200&asOf=" + AS_OF,
                "/api/v1/plans/" + plan + "/summary?asOf=" + AS_OF,
                "/api/v1/plans/" + plan + "/unit-ranking?asOf=" + AS_OF,
                "/api/v1/plans/" + plan + "/export?format=csv&asOf=" + AS_OF,
                "/api/v1/plans/" + plan + "/export?format=xlsx&asOf=" + AS_OF)) {
            ServiceClient.Answer answer = client.get(path);
            assertThat(answer.status()).as(path + ": " + answer).isEqualTo(200);
            responses.put(path, answer);
        }
        return responses;
    }

    private static void assertSameResponses(Map<String, ServiceClient.Answer> before,
            Map<String, ServiceClient.Answer> after) {
        before.forEach((path, original) -> {
            ServiceClient.Answer restored = after.get(path);
            assertThat(restored.contentType()).as(path + " Content-Type").isEqualTo(original.contentType());
            assertThat(restored.body()).as(path + " body").isEqualTo(original.body());
            assertThat(restored.etag()).as(path + " ETag").isEqualTo(original.etag());
        });
    }

    private static void unzip(byte[] zip, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = directory.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(directory)).as("zip entry " + entry.getName() + " stays in the directory")
                        .isTrue();
                Files.copy(in, file);
            }
        }
    }

    /** The PostgreSQL server of {@code DUBAN_DB_URL}: databases of this test, and its command-line tools. */
    private record PgServer(String host, String port, String user, String password, String base) {

        static PgServer fromEnvironment() {
            String url = System.getenv().getOrDefault("DUBAN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            var address = java.net.URI.create(url.substring("jdbc:".length()));
            return new PgServer(address.getHost(), Integer.toString(address.getPort() < 0 ? 5432 : address.getPort()),
                    System.getenv().getOrDefault("DUBAN_DB_USER", "postgres"),
                    System.getenv().getOrDefault("DUBAN_DB_PASSWORD", ""),
                    url.substring(0, url.lastIndexOf('/') + 1));
        }

        String url(String database) {
            return base + database;
        }

        String createDatabase() throws SQLException {
            String name = "duban_it_backup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                    .toLowerCase(Locale.ROOT);
            execute("create database " + name);
            return name;
        }

        void dropDatabase(String name) throws SQLException {
            execute("drop database if exists " + name + " with (force)");
        }

        private void execute(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(base + "postgres", user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        void run(String... command) throws IOException, InterruptedException {
            List<String> full = new ArrayList<>(List.of(command));
            full.add(1, "--host=" + host);
            full.add(2, "--port=" + port);
            full.add(3, "--username=" + user);
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", password);
            Process process = builder.start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
            assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
        }
    }
}
