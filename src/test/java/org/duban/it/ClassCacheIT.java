package org.duban.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/class-cache.sh} on a JDK 17 to 24 (the build's): its training run writes an AppCDS archive that the
 * JVM maps ({@code -Xshare:on}: it refuses to start otherwise) and that holds most of the classes a start and its
 * first reads load, where the build's archive holds about a third.
 */
class ClassCacheIT {

    /** Where the JVM logs a class taken from the application's archive, not from the JDK's own. */
    private static final String FROM_THE_APPLICATIONS_ARCHIVE = "source: shared objects file (top)";

    @Test
    void shouldTrainAnArchiveThatTheServiceStartsFrom() throws Exception {
        assumeFalse(ServiceProcess.postgres(), "the training run of a PostgreSQL build needs a scratch database of its "
                + "own (DUBAN_DB_URL); on H2 it makes one");
        assumeTrue(Runtime.version().feature() < 25, "on JDK 25 the script makes an AOT cache, from an aot-jar");
        Path work = Files.createDirectories(Path.of("target", "it-class-cache")).toAbsolutePath();
        Path app = work.resolve("quarkus-app");
        run(work.resolve("remove.log"), "rm", "-rf", app.toString());
        // cp -a: the archive records the jars' modification times.
        Path built = Path.of("target", "quarkus-app").toAbsolutePath();
        run(work.resolve("copy.log"), "cp", "-a", built.toString(), app.toString());
        long buildArchive = Files.size(app.resolve("app-cds.jsa"));

        Path trainingLog = work.resolve("training.log");
        // Trained with the flags ServiceProcess starts the service with (the client compiler only, the quicker run): an
        // archive holds classes, whatever compiled them.
        int exit = run(trainingLog, Map.of("JAVA_OPTS", String.join(" ", ServiceProcess.JVM_FLAGS)),
                "bash", "deploy/class-cache.sh", app.toString());
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
        long fromArchive = loaded.stream().filter(line -> line.contains(FROM_THE_APPLICATIONS_ARCHIVE)).count();
        // 65 % here (11,684 of 17,971); with the build's archive 32 % (5,693 of 17,883).
        assertThat((double) fromArchive / loaded.size()).as("share of the %s classes loaded that came from the "
                + "application's archive", loaded.size()).isGreaterThan(0.5);

        run(work.resolve("remove.log"), "rm", "-rf", app.toString()); // 190 MB; kept when the test fails, for a look
    }

    private static int run(Path log, String... command) throws IOException, InterruptedException {
        return run(log, Map.of(), command);
    }

    /** Runs a command from the project's directory with this JVM as JAVA_HOME; returns its exit code. */
    private static int run(Path log, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            // The script's own JVM first: killing bash alone would leave it running.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " ran over 5 minutes; log: " + log);
        }
        return process.exitValue();
    }
}
