package org.duban.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Shared revision reads: fewer reads than callers, and never a value older than the caller's own start. */
class FreshReadsTest {

    @Test
    void shouldNeverAnswerWithAReadThatBeganBeforeTheCallerAsked() throws Exception {
        // The "database": a revision that writers move all the time; a read takes a moment and returns the revision
        // as it was when the read began.
        AtomicLong revision = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        FreshReads shared = new FreshReads(() -> {
            reads.incrementAndGet();
            long seen = revision.get();
            sleep(2);
            return seen;
        });
        int callers = 16;
        int calls = 200;
        ExecutorService pool = Executors.newFixedThreadPool(callers + 1);
        CountDownLatch start = new CountDownLatch(1);
        Future<?> writer = pool.submit(() -> {
            await(start);
            for (int i = 0; i < 2000; i++) {
                revision.incrementAndGet();
                sleep(0);
            }
        });
        List<Future<Integer>> results = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            results.add(pool.submit(() -> {
                await(start);
                int stale = 0;
                for (int i = 0; i < calls; i++) {
                    long before = revision.get();
                    if (shared.get() < before) {
                        stale++;
                    }
                }
                return stale;
            }));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).as("answers older than the caller's start").isZero();
        }
        writer.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(reads.get()).as("reads for %d calls", callers * calls).isLessThan(callers * calls / 2);
    }

    @Test
    void shouldGiveEveryWaiterTheFailureOfItsReadAndRecover() {
        AtomicInteger reads = new AtomicInteger();
        FreshReads shared = new FreshReads(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("cannot read data_revision");
            }
            return 7;
        });
        assertThatThrownBy(shared::get).hasMessageContaining("data_revision");
        assertThat(shared.get()).isEqualTo(7);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
