package org.duban.common;

import io.agroal.api.AgroalDataSource;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter kept in a single-row table ({@code id = 1, revision}) that writers advance inside their transaction, so
 * that readers can tell whether what they remember is still current (see {@link DataRevision} and the security
 * revision).
 *
 * <p>On a database that several instances share (PostgreSQL), {@link #current()} reads the row: a change committed by
 * any instance is seen by the next read of every instance. Concurrent requests share those reads ({@link FreshReads}),
 * each waiting at most for one that begins after it asked. An embedded H2 database file can be opened by one process
 * only, so every change goes through this instance: there the counter is also kept in memory, moved when a transaction
 * that advanced it commits (before its answer is sent), and {@link #current()} costs no statement.
 */
public final class RevisionCounter {

    private final AgroalDataSource dataSource;
    private final String table;
    private final String select;
    private final boolean processPrivate;
    /** The last committed value, when the database is private to this process; -1 until first read. */
    private final AtomicLong committed = new AtomicLong(-1);
    /** Reads of the row, shared by requests that ask while one is under way (a shared database). */
    private final FreshReads reads = new FreshReads(this::read);

    public RevisionCounter(AgroalDataSource dataSource, String table, String jdbcUrl) {
        this.dataSource = dataSource;
        this.table = table;
        this.select = "select revision from " + table + " where id = 1";
        this.processPrivate = processPrivate(jdbcUrl);
    }

    /**
     * Whether only this process can change the database: an embedded H2 database (a file, which H2 locks, or memory)
     * that is not served to other processes through H2's automatic mixed mode.
     */
    static boolean processPrivate(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toUpperCase(Locale.ROOT);
        return (url.startsWith("JDBC:H2:FILE:") || url.startsWith("JDBC:H2:MEM:") || url.startsWith("JDBC:H2:./")
                || url.startsWith("JDBC:H2:~")) && !url.contains("AUTO_SERVER=TRUE");
    }

    /** The last committed value. Read it before the data it labels, so that the data is at least as new. */
    public long current() {
        if (processPrivate) {
            long known = committed.get();
            if (known >= 0) {
                return known;
            }
            return committed.accumulateAndGet(read(), Math::max);
        }
        return reads.get();
    }

    /**
     * The last committed value when knowing it costs no statement (a database private to this process, once read),
     * else -1: for the event loop, which must not block on the database.
     */
    public long currentWithoutStatement() {
        return processPrivate ? committed.get() : -1;
    }

    /** Increments the counter within the caller's transaction; the new value counts once the transaction commits. */
    public void advance(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        entityManager.createNativeQuery("update " + table + " set revision = revision + 1 where id = 1").executeUpdate();
        if (processPrivate) {
            // The row stays locked by this transaction until it ends, so the value read here is the one it commits.
            advanced(((Number) entityManager.createNativeQuery(select).getSingleResult()).longValue(), transactions);
        }
    }

    /**
     * Tells the counter that the caller's transaction moved the row to {@code value} by a statement of its own (one
     * that changes other columns of the row too); the value counts once the transaction commits.
     */
    public void advanced(long value, TransactionSynchronizationRegistry transactions) {
        if (!processPrivate) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.accumulateAndGet(value, Math::max);
                }
            }
        });
    }

    private long read() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(select);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException(table + " has no row; the migrations did not run");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table, e);
        }
    }
}
