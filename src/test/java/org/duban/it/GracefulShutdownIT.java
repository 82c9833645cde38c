package org.duban.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM during writes: readiness turns DOWN, new API requests are refused with a 503 problem, the requests already
 * accepted finish (an import in flight included) and are all there after a restart; nothing is left half done.
 */
class GracefulShutdownIT {

    @Test
    void shouldFinishAcceptedWritesAndRefuseNewOnesWhenTerminated() throws InterruptedException {
        // A longer delay than the default second, so that the writers surely meet the refusal on a busy machine.
        ServiceProcess.Options options = ServiceProcess.Options.defaults().environment("QUARKUS_SHUTDOWN_DELAY", "PT3S");
        try (ServiceProcess service = ServiceProcess.start(options)) {
            ServiceClient client = new ServiceClient(service);
            WriteLoad load = new WriteLoad(client);
            load.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while ((load.acknowledgedWrites() < 30 || load.acknowledgedImports() < 1 || !load.importInFlight())
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(load.acknowledgedImports()).as("imports acknowledged before SIGTERM").isGreaterThanOrEqualTo(1);

            AtomicReference<ServiceClient.Answer> readinessDown = new AtomicReference<>();
            AtomicBoolean watching = new AtomicBoolean(true);
            Thread readiness = new Thread(() -> {
                while (watching.get() && readinessDown.get() == null) {
                    ServiceClient.Answer answer = client.get("/q/health/ready");
                    if (answer.status() == 503) {
                        readinessDown.set(answer);
                    }
                }
            }, "readiness-watch");
            readiness.start();

            long signalled = System.nanoTime();
            int exit = service.terminate(Duration.ofSeconds(60));
            watching.set(false);
            readiness.join(10_000);
            load.stop();

            assertThat(readinessDown.get()).as("readiness answered DOWN while shutting down").isNotNull();
            assertThat(readinessDown.get().text()).contains("\"status\": \"DOWN\"");
            assertThat(load.answers()).as("503 problems for requests that came after SIGTERM")
                    .anyMatch(GracefulShutdownIT::isShuttingDownProblem);
            // Every HTTP answer is a success or the shutdown problem (once the port is closed, no answer comes at all),
            // and requests that were being served when the signal came were finished.
            assertThat(load.answers()).filteredOn(answer -> answer.status() != -1).as("answers during the shutdown")
                    .allMatch(answer -> answer.ok() || isShuttingDownProblem(answer));
            assertThat(load.answers()).as("writes in progress at SIGTERM that were finished")
                    .anyMatch(answer -> answer.ok() && answer.receivedAt() > signalled);
            assertThat(exit).as("exit code after SIGTERM (0, or 143 for a JVM ended by the signal)").isIn(0, 143);
            assertThat(service.logTail()).doesNotContain("Database is already closed");

            service.restart();
            load.verifyNothingAcknowledgedIsLost(new ServiceClient(service));
        }
    }

    private static boolean isShuttingDownProblem(ServiceClient.Answer answer) {
        return answer.status() == 503 && answer.contentType().startsWith("application/problem+json")
                && answer.json().get("type").asText().equals("https://duban.dev/problems/shutting-down");
    }
}
