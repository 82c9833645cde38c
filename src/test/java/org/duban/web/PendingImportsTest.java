package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.duban.importing.ImportService.ImportCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PendingImportsTest {

    private static final ImportCommand DOCUMENT = new ImportCommand("舟山市", "2023年工作报告", 2023, false,
            "text/plain", "完成情况表.txt", "一、扩大有效投资".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Inject
    PendingImports pending;

    /** Previews other tests left are not this test's business. */
    @BeforeEach
    void empty() {
        QuarkusTransaction.requiringNew().run(() -> pending.deleteAll());
    }

    @AfterEach
    void realTime() {
        pending.useClock(Clock.systemUTC());
    }

    @Test
    void shouldGiveTheDocumentBackOnceToItsOwnerOnly() {
        String id = pending.keep("editor", DOCUMENT);
        assertThat(pending.take("someone-else", id)).isEmpty();
        ImportCommand taken = pending.take("editor", id).orElseThrow();
        assertThat(taken.region()).isEqualTo("舟山市");
        assertThat(taken.planTitle()).isEqualTo("2023年工作报告");
        assertThat(taken.year()).isEqualTo(2023);
        assertThat(taken.mediaType()).isEqualTo("text/plain");
        assertThat(taken.sourceName()).isEqualTo("完成情况表.txt");
        assertThat(taken.document()).isEqualTo(DOCUMENT.document());
        assertThat(taken.dryRun()).isFalse();
        assertThat(pending.take("editor", id)).isEmpty();
        assertThat(pending.take("editor", null)).isEmpty();
        assertThat(pending.take("editor", "x".repeat(1000))).isEmpty();
    }

    @Test
    void shouldKeepThePreviewInTheDatabaseForAnyInstanceToCommit() {
        String id = pending.keep("editor", DOCUMENT);
        assertThat(stored(id)).isTrue();
        assertThat(pending.take("editor", id)).isPresent();
        assertThat(stored(id)).isFalse();
    }

    @Test
    void shouldForgetADocumentAfterItsTime() {
        MutableClock clock = new MutableClock();
        pending.useClock(clock);
        String id = pending.keep("editor", DOCUMENT);
        clock.now = clock.now.plus(PendingImports.KEEP_FOR).plusSeconds(1);
        assertThat(pending.take("editor", id)).isEmpty();
        // The next preview clears it away.
        pending.keep("editor", DOCUMENT);
        assertThat(stored(id)).isFalse();
    }

    @Test
    void shouldDropTheOldestWhenFull() {
        MutableClock clock = new MutableClock();
        pending.useClock(clock);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PendingImports.MAX_PENDING + 1; i++) {
            clock.now = clock.now.plusSeconds(1);
            ids.add(pending.keep("editor", DOCUMENT));
        }
        assertThat(count()).isEqualTo(PendingImports.MAX_PENDING);
        assertThat(pending.take("editor", ids.get(0))).isEmpty();
        assertThat(pending.take("editor", ids.get(1))).isPresent();
        assertThat(pending.take("editor", ids.get(ids.size() - 1))).isPresent();
    }

    private boolean stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> pending.findByIdOptional(id).isPresent());
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> pending.count());
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
