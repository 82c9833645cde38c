package org.duban.common;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Runs a write transaction again when it lost a race with another one: a version that moved under it, a lock it
 * waited for too long, a deadlock or serialization failure, or a unique key another request took first. A client that
 * sent no precondition cannot act on such a failure; the server can, since running the whole transaction again reads
 * the state the other request left. The service's own checks then answer as they would have sequentially: an If-Match
 * that no longer matches is a 412, a name now taken a 409, a replayed measurement the stored one.
 * <p>
 * Bound to {@link Transactional} and ordered before the transaction interceptor, so that it wraps the whole
 * transaction, commit included; a method joining a transaction already running is left alone (the outermost one
 * retries). Attempts are bounded; the last failure goes to {@link ProblemMapper} as before.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConcurrentWriteRetry {

    /** Attempts in all, the first included. */
    static final int ATTEMPTS = 8;
    /** SQL states of a lost race: serialization failure, deadlock (PostgreSQL), lock not available (PostgreSQL),
     *  lock timeout (H2), unique and foreign key violations. */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01", "55P03", "HYT00", "23505", "23503");

    private final TransactionManager transactions;

    @Inject
    public ConcurrentWriteRetry(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        if (transactionActive()) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !lostRace(e)) {
                    throw e;
                }
                Log.debugf("%s lost a race with another write (attempt %d): %s", context.getMethod().getName(),
                        attempt, e);
                pause(attempt);
            }
        }
    }

    /** Whether a failure, or one of its causes, says that another transaction got there first. */
    static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException) {
                return false;
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof PessimisticLockException || t instanceof LockAcquisitionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private boolean transactionActive() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /** A short random pause growing with the attempts, so that racing requests do not meet again in step. */
    private static void pause(int attempt) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 5)));
    }
}
