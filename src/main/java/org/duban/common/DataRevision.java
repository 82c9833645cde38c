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
}
