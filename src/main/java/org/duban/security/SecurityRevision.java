package org.duban.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.duban.common.RevisionCounter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security revision: a single-row counter in the database ({@code security_revision}) that every change able to
 * revoke a credential moves in its own transaction. Credential caches remember the revision they were filled at and
 * are trusted only while it is still the current one, so a revocation answered by one instance holds on every instance
 * sharing the database from that moment on, at the cost of one primary-key read per authenticated request that hits a
 * cache (none on an embedded H2 database: see {@link RevisionCounter}).
 */
@ApplicationScoped
public class SecurityRevision {

    private final RevisionCounter counter;
    private final EntityManager entities;
    private final TransactionSynchronizationRegistry transactions;

    public SecurityRevision(AgroalDataSource dataSource, EntityManager entities,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.counter = new RevisionCounter(dataSource, "security_revision", jdbcUrl);
        this.entities = entities;
        this.transactions = transactions;
    }

    /** The committed revision. */
    public long current() {
        return counter.current();
    }

    /** The committed revision when that costs no statement (embedded H2), else -1. */
    public long currentWithoutStatement() {
        return counter.currentWithoutStatement();
    }

    /** Moves the revision within the current transaction: every cached credential is checked again after commit. */
    public void advance() {
        counter.advance(entities, transactions);
    }
}
