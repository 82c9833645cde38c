package org.duban.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every write answered 2xx survives {@code kill -9}: the packaged service is killed in the middle of writes from
 * several threads and of an import, restarted on the same data (H2, or PostgreSQL in the PostgreSQL run), and every
 * acknowledged measurement, progress report, task and import is read back; no import is left half done.
 */
class DurabilityIT {

    private static final Duration AT_MOST = Duration.ofSeconds(120);

    @Test
    void shouldKeepEveryAcknowledgedWriteWhenKilledMidRun() throws InterruptedException {
        try (ServiceProcess service = ServiceProcess.start(ServiceProcess.Options.defaults())) {
            ServiceClient client = new ServiceClient(service);
            WriteLoad load = new WriteLoad(client);
            load.start();

            // Enough acknowledged writes that a lost one would show, and an import that completed, then the kill
            // lands while another import is being written.
            long deadline = System.nanoTime() + AT_MOST.toNanos();
            while ((load.acknowledgedWrites() < 60 || load.acknowledgedImports() < 1 || !load.importInFlight())
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(load.acknowledgedWrites()).as("writes acknowledged before the kill").isGreaterThanOrEqualTo(60);
            assertThat(load.acknowledgedImports()).as("imports acknowledged before the kill").isGreaterThanOrEqualTo(1);
            Thread.sleep(50); // into the import's transaction
            service.kill();
            load.stop();

            service.restart();
            load.verifyNothingAcknowledgedIsLost(new ServiceClient(service));
            // Before the kill the service refused nothing: every answer was a 2xx or no answer at all (the kill).
            assertThat(load.answers()).filteredOn(answer -> answer.status() != -1)
                    .as("answers before the kill").allMatch(ServiceClient.Answer::ok);
        }
    }
}
