package org.duban.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The security revision: a single-row counter in the database that every change able to revoke a credential moves in
 * its own transaction. Credential caches remember the revision they were filled at and are trusted only while it is
 * still the current one, so a revocation answered by one instance holds on every instance sharing the database from
 * that moment on, at the cost of one primary-key read per authenticated request that hits a cache.
 */
@ApplicationScoped
public class SecurityRevision {

    private static final String READ = "select revision from security_revision where id = 1";

    private final AgroalDataSource dataSource;
    private final EntityManager entities;

    public SecurityRevision(AgroalDataSource dataSource, EntityManager entities) {
        this.dataSource = dataSource;
        this.entities = entities;
    }

    /** The committed revision, read from the database now (outside any transaction, autocommit). */
    public long current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(READ);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("security_revision holds no row");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the security revision", e);
        }
    }

    /** Moves the revision within the current transaction: every cached credential is checked again after commit. */
    public void advance() {
        entities.createNativeQuery("update security_revision set revision = revision + 1 where id = 1").executeUpdate();
    }
}
