package org.duban.web;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.duban.importing.ImportService.ImportCommand;

/**
 * Documents previewed on the import page and waiting for the person's "commit", kept for {@link #KEEP_FOR} under a
 * random id and bound to the person who uploaded them, so that the commit imports exactly the bytes that were
 * previewed without sending them twice. They are kept in the database, so that behind a load balancer the commit may
 * reach another instance than the preview did; at most {@link #MAX_PENDING} at a time, the oldest going first.
 */
@ApplicationScoped
public class PendingImports implements PanacheRepositoryBase<PendingImport, String> {

    static final Duration KEEP_FOR = Duration.ofMinutes(30);
    static final int MAX_PENDING = 50;

    private final SecureRandom random = new SecureRandom();

    private volatile Clock clock = Clock.systemUTC();

    /** The clock previews expire by; tests move it. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a previewed document for its owner; answers the id its commit form sends back. */
    @Transactional
    public String keep(String owner, ImportCommand command) {
        Instant now = clock.instant();
        delete("expiresAt < ?1", now);
        long excess = count() - MAX_PENDING + 1;
        if (excess > 0) {
            // Full: the oldest previews go first; their owners are asked to upload again.
            delete("id in ?1", getEntityManager().createQuery("select p.id from PendingImport p"
                    + " order by p.expiresAt, p.id", String.class).setMaxResults((int) excess).getResultList());
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        persist(PendingImport.of(id, owner, command, now.plus(KEEP_FOR)));
        return id;
    }

    /**
     * The document kept under this id for this owner, removed so that it is committed at most once: of two commits of
     * one preview, on one instance or two, the one whose delete found the row gets it.
     */
    @Transactional
    public Optional<ImportCommand> take(String owner, String id) {
        if (id == null || id.length() > 40) {
            return Optional.empty();
        }
        PendingImport found = findById(id);
        if (found == null || !found.owner.equals(owner) || found.expiresAt.isBefore(clock.instant())
                || delete("id = ?1", id) != 1) {
            return Optional.empty();
        }
        return Optional.of(found.command());
    }
}
