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

/**
 * Shared revision reads: callers who ask while a read is in progress share the next read, and no caller is ever
 * answered with a value older than its own start.
 */
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
        // How many reads were shared depends on the scheduler (on a crowded machine threads rarely overlap): the
        // sharing itself is proven below, where the callers surely wait together.
        assertThat(reads.get()).as("reads for %d calls", callers * calls).isPositive().isLessThanOrEqualTo(callers * calls);
    }

    @Test
    void shouldServeEveryoneWhoAskedDuringAReadWithOneNextRead() throws Exception {
        AtomicLong revision = new AtomicLong(10);
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch firstReadMayEnd = new CountDownLatch(1);
        FreshReads shared = new FreshReads(() -> {
            long seen = revision.get();
            if (reads.incrementAndGet() == 1) {
                await(firstReadMayEnd);
            }
            return seen;
        });
        ExecutorService pool = Executors.newFixedThreadPool(9);
        Future<Long> first = pool.submit(shared::get);
        while (reads.get() == 0) {
            Thread.sleep(1);
        }
        // A write lands while the first read is in progress; everyone who asks from now on must see it.
        revision.set(11);
        List<Thread> waiters = new ArrayList<>();
        List<Future<Long>> later = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            later.add(pool.submit(() -> {
                synchronized (waiters) {
                    waiters.add(Thread.currentThread());
                }
                return shared.get();
            }));
        }
        // Each of them is parked in FreshReads until the read it waits for (the next one) has run.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!allWaiting(waiters, 8) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(allWaiting(waiters, 8)).as("the eight later callers wait behind the first read").isTrue();
        firstReadMayEnd.countDown();

        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(10);
        for (Future<Long> answer : later) {
            assertThat(answer.get(60, TimeUnit.SECONDS)).as("a later caller's answer").isEqualTo(11);
        }
        assertThat(reads.get()).as("reads for the first caller and the eight who asked during its read").isEqualTo(2);
        pool.shutdown();
    }

    private static boolean allWaiting(List<Thread> threads, int count) {
        synchronized (threads) {
            return threads.size() == count && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING);
        }
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
