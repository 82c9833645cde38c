package org.duban.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/class-cache.sh} on the JDK of the build (17): its training run writes an AppCDS archive that the JVM
 * accepts ({@code -Xshare:on}: the JVM refuses to start when it cannot map it) and that holds most of the classes a start loads, where the
 * build's holds about four in ten.
 */
class ClassCacheIT {

    @Test
    void shouldTrainAnArchiveThatTheServiceStartsFrom() throws Exception {
        assumeFalse(ServiceProcess.postgres(), "the training run of a PostgreSQL build needs a scratch database of its "
                + "own (DUBAN_DB_URL); on H2 it makes one");
        Path work = Files.createDirectories(Path.of("target", "it-class-cache")).toAbsolutePath();
        Path app = work.resolve("quarkus-app");
        run(work.resolve("copy.log"), "rm", "-rf", app.toString());
        // cp -a: the archive records the jars' modification times.
        run(work.resolve("copy.log"), "cp", "-a", Path.of("target", "quarkus-app").toAbsolutePath().toString(), app.toString());
        long buildArchive = Files.size(app.resolve("app-cds.jsa"));

        Path trainingLog = work.resolve("training.log");
        int exit = run(trainingLog, "bash", "deploy/class-cache.sh", app.toString());
        assertThat(exit).as("deploy/class-cache.sh failed:\n%s", Files.readString(trainingLog)).isZero();
        assertThat(Files.size(app.resolve("app-cds.jsa"))).as("the training run's archive replaces the build's")
                .isGreaterThan(buildArchive);
        assertThat(app.resolve("app-cds.jsa.training")).doesNotExist();

        Path classes = work.resolve("classes.log");
        Files.deleteIfExists(classes);
        try (ServiceProcess service = ServiceProcess.start(ServiceProcess.Options.defaults().demoData(true).appDir(app)
                .jvmArg("-Xshare:on").jvmArg("-Xlog:class+load=info:file=" + classes))) {
            given().baseUri(service.baseUrl()).get("/api/v1/plans")
                    .then().statusCode(200).body("totalItems", equalTo(1));
        }
        List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(" source: ")).toList();
        long shared = loaded.stream().filter(line -> line.contains("source: shared objects file")).count();
        assertThat((double) shared / loaded.size()).as("share of the %s classes loaded that came from the archive",
                loaded.size()).isGreaterThan(0.6);
    }

    /** Runs a command from the project's directory with this JVM as JAVA_HOME; returns its exit code. */
    private static int run(Path log, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " ran over 5 minutes; log: " + log);
        }
        return process.exitValue();
    }
}
