package org.duban.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The revision of all data: one counter in the database ({@code data_revision}) that every write transaction
 * increments once. Reads compare it with the revision a cached representation was rendered at; because it lives in the
 * database, a write committed by any instance is seen by the next read of every instance (on an embedded H2 database,
 * which no other process can open, it is also kept in memory: see {@link RevisionCounter}).
 */
@ApplicationScoped
public class DataRevision {

    private static final String BUMPED = DataRevision.class.getName() + ".bumped";

    private final RevisionCounter counter;
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;

    public DataRevision(AgroalDataSource dataSource, EntityManager entityManager,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.counter = new RevisionCounter(dataSource, "data_revision", jdbcUrl);
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** The last committed revision. Read it before the data it labels, so that the data is at least as new. */
    public long current() {
        return counter.current();
    }

    /** The last committed revision when that costs no statement (embedded H2), else -1. */
    public long currentWithoutStatement() {
        return counter.currentWithoutStatement();
    }

    /**
     * Increments the revision, once per transaction however often it is called. The update flushes the session first,
     * so that the row lock it takes (held until commit, which orders concurrent writers) comes after the locks of the
     * rows the transaction changed.
     */
    public void bumpInTransaction() {
        if (transactions.getResource(BUMPED) != null) {
            return;
        }
        counter.advance(entityManager, transactions);
        transactions.putResource(BUMPED, Boolean.TRUE);
    }

    /**
     * Increments the revision (unless this transaction already did) and reserves {@code count} positions of the change
     * feed ({@code last_change}), in one statement on the same row, whose lock then holds until commit: positions are
     * taken in commit order.
     *
     * @return the last reserved position; the reserved ones end there
     */
    public long bumpReservingChanges(int count) {
        boolean bump = transactions.getResource(BUMPED) == null;
        entityManager.createNativeQuery("update data_revision set revision = revision + :step,"
                        + " last_change = last_change + :count where id = 1")
                .setParameter("step", bump ? 1 : 0).setParameter("count", count).executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery("select revision, last_change from data_revision"
                + " where id = 1").getSingleResult();
        if (bump) {
            counter.advanced(((Number) row[0]).longValue(), transactions);
            transactions.putResource(BUMPED, Boolean.TRUE);
        }
        return ((Number) row[1]).longValue();
    }
}
