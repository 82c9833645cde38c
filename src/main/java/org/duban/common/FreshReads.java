package org.duban.common;

import java.util.function.LongSupplier;

/**
 * Shares the reads of a value (a revision counter's row) among concurrent callers, without ever answering a caller
 * with a read that began before it asked: a caller that finds no read in progress reads at once; one that finds a read
 * in progress waits for the next read, which begins when that one ends and serves everyone who asked meanwhile. Under
 * load a few reads serve many requests, and a write committed before a request arrived is always seen by it.
 */
final class FreshReads {

    private final LongSupplier read;
    private final Object lock = new Object();
    /** The read in progress, or null. */
    private Read running;
    /** The read that begins when the running one ends, joined by whoever asks meanwhile; or null. */
    private Read next;

    FreshReads(LongSupplier read) {
        this.read = read;
    }

    private static final class Read {
        boolean done;
        long value;
        RuntimeException failure;

        long result() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    /** A value read after this call began. */
    long get() {
        Read mine;
        synchronized (lock) {
            if (running == null) {
                mine = running = new Read();
            } else {
                if (next == null) {
                    next = new Read();
                }
                mine = next;
                while (true) {
                    if (mine.done) {
                        return mine.result();
                    }
                    if (running == null) {
                        // The read this one waited behind has ended: the first of its waiters runs it.
                        running = mine;
                        next = null;
                        break;
                    }
                    waitForLock();
                }
            }
        }
        long value = 0;
        RuntimeException failure = null;
        try {
            value = read.getAsLong();
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (lock) {
            mine.value = value;
            mine.failure = failure;
            mine.done = true;
            running = null;
            lock.notifyAll();
        }
        return mine.result();
    }

    private void waitForLock() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a revision read", e);
        }
    }
}
