package org.duban.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as a separate JVM, for tests that need
 * what an in-process {@code @QuarkusTest} cannot give: a {@code kill -9}, a SIGTERM, a restart on the same data, or a
 * second instance on the same database.
 *
 * <p>Each {@link #start} gets a database of its own — a fresh H2 data directory under {@code target/it-data}, or, in
 * the PostgreSQL run ({@code -Dtest.profile=pg}, which builds the PostgreSQL jar), a fresh database on the server of
 * {@code DUBAN_DB_URL}, dropped by {@link #close}. Instances started with {@link #startAnother} share it (PostgreSQL
 * only: an H2 file belongs to one process) and are closed with the first one.
 *
 * <pre>{@code
 * try (ServiceProcess service = ServiceProcess.start(ServiceProcess.Options.defaults())) {
 *     given().baseUri(service.baseUrl()).auth().preemptive().basic(ServiceProcess.ADMIN, ServiceProcess.ADMIN_PASSWORD)…
 *     service.kill();
 *     service.restart();
 * }
 * }</pre>
 */
public final class ServiceProcess implements AutoCloseable {

    /** The first admin of every database this class creates. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "it-admin-Passw0rd-2024";

    /**
     * How long a start may take; {@code -Dit.ready-timeout=PT5M} on a crowded machine (not under {@code duban.}, which
     * the application validates: Maven hands the property to the Quarkus tests too).
     */
    private static final Duration READY_TIMEOUT = Duration.parse(System.getProperty("it.ready-timeout", "PT90S"));
    /**
     * The README's start command's flags, but with the client compiler only: these tests start the service a few dozen
     * times and measure behaviour, not speed; C1 alone starts it in about 60 % of the time on 2 cores.
     */
    static final List<String> JVM_FLAGS = List.of("-Xmx256m", "-Xms32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Options options;
    private final Database database;
    private final String name;
    private final List<ServiceProcess> others = new ArrayList<>();
    private final boolean ownsDatabase;
    private int port;
    private Process process;
    private Path log;

    private ServiceProcess(Options options, Database database, boolean ownsDatabase) {
        this.options = options;
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.name = "service-" + SEQUENCE.incrementAndGet();
    }

    /** Starts the packaged service on a fresh database and waits until it is ready. */
    public static ServiceProcess start(Options options) {
        Database database = postgres() ? Database.freshPostgres() : Database.freshH2();
        ServiceProcess service = new ServiceProcess(options, database, true);
        try {
            service.launch(freePort());
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    /** True in the PostgreSQL run of the suite ({@code -Dtest.profile=pg}): the jar under test is the PostgreSQL one. */
    public static boolean postgres() {
        return "pg".equals(System.getProperty("test.profile"));
    }

    /** A second instance on the same database (PostgreSQL only), with the same options; closed with this one. */
    public ServiceProcess startAnother() {
        return startAnother(options);
    }

    /** A second instance on the same database (PostgreSQL only), with its own options; closed with this one. */
    public ServiceProcess startAnother(Options otherOptions) {
        if (!postgres()) {
            throw new UnsupportedOperationException("an H2 database file belongs to one process: run with -Dtest.profile=pg");
        }
        ServiceProcess other = new ServiceProcess(otherOptions, database, false);
        others.add(other);
        other.launch(freePort());
        return other;
    }

    /** {@code http://127.0.0.1:port}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The file the process writes its standard output and error to. */
    public Path log() {
        return log;
    }

    /** The process, while it runs (its pid, to send it signals). */
    public Process process() {
        return process;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: the process dies at once, with whatever it had not written. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(30));
        }
    }

    /** SIGTERM, then waits for the process to exit by itself (up to {@code timeout}); returns its exit code. */
    public int terminate(Duration timeout) {
        process.destroy();
        if (!waitForExit(timeout)) {
            throw new IllegalStateException(name + " did not exit within " + timeout + " after SIGTERM; log: " + log);
        }
        return process.exitValue();
    }

    /** Starts the service again on the same data and port (after {@link #kill} or {@link #terminate}). */
    public void restart() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch(port);
    }

    /** Stops every instance started from this one and this one, then drops the database if it created it. */
    @Override
    public void close() {
        others.forEach(ServiceProcess::close);
        if (isAlive()) {
            process.destroy();
            if (!waitForExit(Duration.ofSeconds(20))) {
                kill();
            }
        }
        if (ownsDatabase) {
            database.drop();
        }
    }

    /** The last lines of the log, for assertion messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    private void launch(int onPort) {
        this.port = onPort;
        Path jar = options.appDir != null ? options.appDir.resolve("quarkus-run.jar")
                : Path.of(System.getProperty("duban.it.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged service at " + jar.toAbsolutePath() + ": run ./mvnw verify");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        // The AppCDS archive applies only to the class path it was made with: quarkus-run.jar, from its directory.
        if (Files.isRegularFile(jar.resolveSibling("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(options.jvmArgs);
        options.systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.getFileName().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(jar.toAbsolutePath().getParent().toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(onPort));
        env.put("DUBAN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("DUBAN_DEMO_DATA", Boolean.toString(options.demoData));
        database.configure(env);
        env.putAll(options.environment);
        try {
            Path logs = Files.createDirectories(Path.of("target", "it-logs"));
            log = logs.resolve(name + "-" + Instant.now().toEpochMilli() + ".log");
            builder.redirectOutput(log.toAbsolutePath().toFile());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready:\n"
                        + logTail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " not ready after " + READY_TIMEOUT + ":\n" + logTail());
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How to start the service: demo data, extra system properties, environment variables and JVM flags. */
    public static final class Options {

        private boolean demoData;
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> jvmArgs = new ArrayList<>();
        private Path appDir;

        private Options() {
        }

        /** No demo data, the admin {@link #ADMIN} with {@link #ADMIN_PASSWORD}. */
        public static Options defaults() {
            return new Options();
        }

        /** Import the seed table on first start, as a fresh installation does. */
        public Options demoData(boolean on) {
            this.demoData = on;
            return this;
        }

        public Options systemProperty(String key, String value) {
            systemProperties.put(key, value);
            return this;
        }

        public Options environment(String key, String value) {
            environment.put(key, value);
            return this;
        }

        public Options jvmArg(String arg) {
            jvmArgs.add(arg);
            return this;
        }

        /** Another copy of the packaged service (a directory like {@code target/quarkus-app}) instead of the build's. */
        public Options appDir(Path dir) {
            this.appDir = dir;
            return this;
        }
    }

    /** Where an instance keeps its data, created for one test and removed after it. */
    private interface Database {

        void configure(Map<String, String> env);

        void drop();

        static Database freshH2() {
            try {
                Path dir = Files.createDirectories(Path.of("target", "it-data"))
                        .resolve("h2-" + UUID.randomUUID().toString().substring(0, 8));
                Files.createDirectories(dir);
                return new Database() {
                    @Override
                    public void configure(Map<String, String> env) {
                        env.put("DUBAN_DATA_DIR", dir.toAbsolutePath().toString());
                    }

                    @Override
                    public void drop() {
                        // kept under target/ for a post-mortem; mvn clean removes it
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Database freshPostgres() {
            String serverUrl = System.getenv().getOrDefault("DUBAN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String user = System.getenv().getOrDefault("DUBAN_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("DUBAN_DB_PASSWORD", "");
            String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
            String name = "duban_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                    .toLowerCase(Locale.ROOT);
            execute(base + "postgres", user, password, "create database " + name);
            return new Database() {
                @Override
                public void configure(Map<String, String> env) {
                    env.put("DUBAN_DB_URL", base + name);
                    env.put("DUBAN_DB_USER", user);
                    env.put("DUBAN_DB_PASSWORD", password);
                }

                @Override
                public void drop() {
                    execute(base + "postgres", user, password, "drop database if exists " + name + " with (force)");
                }
            };
        }

        private static void execute(String url, String user, String password, String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed on " + url, e);
            }
        }
    }
}
