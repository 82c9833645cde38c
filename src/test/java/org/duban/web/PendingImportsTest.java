package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.duban.importing.ImportService.ImportCommand;
import org.junit.jupiter.api.Test;

class PendingImportsTest {

    private static final ImportCommand DOCUMENT = new ImportCommand("舟山市", null, null, false, "text/plain", "a.txt",
            new byte[] {1});

    @Test
    void shouldGiveTheDocumentBackOnceToItsOwnerOnly() {
        PendingImports pending = new PendingImports();
        String id = pending.keep("editor", DOCUMENT);
        assertThat(pending.take("someone-else", id)).isEmpty();
        assertThat(pending.take("editor", id)).contains(DOCUMENT);
        assertThat(pending.take("editor", id)).isEmpty();
        assertThat(pending.take("editor", null)).isEmpty();
    }

    @Test
    void shouldForgetADocumentAfterItsTime() {
        MutableClock clock = new MutableClock();
        PendingImports pending = new PendingImports(clock);
        String id = pending.keep("editor", DOCUMENT);
        clock.now = clock.now.plus(PendingImports.KEEP_FOR).plusSeconds(1);
        assertThat(pending.take("editor", id)).isEmpty();
    }

    @Test
    void shouldDropTheOldestWhenFull() {
        MutableClock clock = new MutableClock();
        PendingImports pending = new PendingImports(clock);
        String oldest = pending.keep("editor", DOCUMENT);
        for (int i = 1; i < PendingImports.MAX_PENDING; i++) {
            clock.now = clock.now.plusSeconds(1);
            pending.keep("editor", DOCUMENT);
        }
        clock.now = clock.now.plusSeconds(1);
        String newest = pending.keep("editor", DOCUMENT);
        assertThat(pending.take("editor", oldest)).isEmpty();
        assertThat(pending.take("editor", newest)).isPresent();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2024-01-19T01:17:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
