package org.duban.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The revision of all data: one counter in the database that every write transaction increments once. Reads compare it
 * with the revision a cached representation was rendered at; because it lives in the database, a write committed by
 * any instance is seen by the next read of every instance.
 */
@ApplicationScoped
public class DataRevision {

    private static final String BUMPED = DataRevision.class.getName() + ".bumped";

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;

    public DataRevision(AgroalDataSource dataSource, EntityManager entityManager,
            TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /**
     * The last committed revision: one primary-key read on a pooled connection, outside any Hibernate session. Read it
     * before the data it labels, so that the data is at least as new as the revision.
     */
    public long current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select revision from data_revision where id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("data_revision has no row; the migrations did not run");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data revision", e);
        }
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
        entityManager.createNativeQuery("update data_revision set revision = revision + 1 where id = 1").executeUpdate();
        transactions.putResource(BUMPED, Boolean.TRUE);
    }
}
