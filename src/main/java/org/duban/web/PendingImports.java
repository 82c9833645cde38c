package org.duban.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.duban.importing.ImportService.ImportCommand;

/**
 * Documents previewed on the import page and waiting for the person's "commit", kept in memory for
 * {@link #KEEP_FOR} under a random id and bound to the person who uploaded them, so that the commit imports exactly
 * the bytes that were previewed without sending them twice. One instance's memory: behind a load balancer the commit
 * must reach the instance that showed the preview (sticky sessions), or the page asks for the upload again.
 */
@ApplicationScoped
public class PendingImports {

    static final Duration KEEP_FOR = Duration.ofMinutes(30);
    static final int MAX_PENDING = 50;

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    private record Pending(String owner, ImportCommand command, Instant until) {
    }

    public PendingImports() {
        this(Clock.systemUTC());
    }

    PendingImports(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a previewed document for its owner; answers the id its commit form sends back. */
    public String keep(String owner, ImportCommand command) {
        Instant now = clock.instant();
        pending.values().removeIf(p -> p.until().isBefore(now));
        if (pending.size() >= MAX_PENDING) {
            // Full: the oldest preview goes first; its owner is asked to upload again.
            pending.entrySet().stream().min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Pending::until)))
                    .ifPresent(oldest -> pending.remove(oldest.getKey()));
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pending.put(id, new Pending(owner, command, now.plus(KEEP_FOR)));
        return id;
    }

    /** The document kept under this id for this owner, removed so that it is committed at most once. */
    public Optional<ImportCommand> take(String owner, String id) {
        if (id == null) {
            return Optional.empty();
        }
        Pending found = pending.get(id);
        if (found == null || !found.owner().equals(owner) || found.until().isBefore(clock.instant())
                || !pending.remove(id, found)) {
            return Optional.empty();
        }
        return Optional.of(found.command());
    }
}
