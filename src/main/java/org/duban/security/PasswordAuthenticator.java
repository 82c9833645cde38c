package org.duban.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.duban.config.DubanConfig;

/**
 * Verifies a username and password against the accounts table (bcrypt), behind the {@link LoginThrottle}. A verified
 * pair is remembered for {@code duban.security.credential-cache} under a SHA-256 of the pair, so that clients sending
 * Basic on every request cost one bcrypt per minute rather than one per request. A remembered pair counts only while
 * the {@link SecurityRevision} it was verified at is still current: any account change, on any instance, makes every
 * instance check the account again on its next request.
 */
@ApplicationScoped
public class PasswordAuthenticator {

    /** Attribute of the failure: seconds until a locked username or address may try again. */
    public static final String RETRY_AFTER = org.duban.common.ProblemMapper.RETRY_AFTER;

    private static final int MAX_CACHED = 10_000;

    private final AccountRepository accounts;
    private final LoginThrottle throttle;
    private final Duration cacheFor;
    private final SecurityRevision revision;
    private final PasswordHashing passwords;
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Remembered>> verifying = new ConcurrentHashMap<>();

    public PasswordAuthenticator(AccountRepository accounts, LoginThrottle throttle, SecurityRevision revision,
            PasswordHashing passwords, DubanConfig config) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.revision = revision;
        this.passwords = passwords;
        this.cacheFor = config.security().credentialCache();
    }

    private record Remembered(String username, Set<String> roles, Set<Long> unitIds, Instant until, long revision) {
    }

    private record Loaded(String username, String hash, boolean enabled, Set<String> roles, Set<Long> unitIds) {
    }

    /** The identity of the account, or an {@link AuthenticationFailedException} (with {@link #RETRY_AFTER} if locked). */
    public SecurityIdentity authenticate(String username, String password, String address) {
        var locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            long seconds = Math.max(1, locked.get().toSeconds() + 1);
            throw new AuthenticationFailedException("locked", Map.of(RETRY_AFTER, seconds));
        }
        String key = Secrets.sha256(username + '\u0000' + password);
        // Read before the account, so that a change committed after this read is seen by the next request.
        long current = revision.current();
        Remembered remembered = verified.get(key);
        if (remembered == null || remembered.revision() != current || !remembered.until().isAfter(Instant.now())) {
            remembered = verifyOnce(key, username, password, current);
        }
        if (remembered == null) {
            throttle.failed(username, address);
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(username);
        return identity(remembered.username(), remembered.roles(), remembered.unitIds());
    }

    /**
     * Runs bcrypt for a pair that is not remembered, once however many requests carry it at the same moment: when a
     * remembered pair expires under load, the requests that arrive during the check wait for its answer instead of
     * each running bcrypt (about 100 ms of a core each). Null when the pair is wrong or the account disabled.
     */
    private Remembered verifyOnce(String key, String username, String password, long current) {
        CompletableFuture<Remembered> mine = new CompletableFuture<>();
        // Only a check that read the same security revision will do: one begun before a revocation must not answer for it.
        String flight = key + '@' + current;
        CompletableFuture<Remembered> running = verifying.putIfAbsent(flight, mine);
        if (running != null) {
            return running.join();
        }
        try {
            Remembered checked = verify(key, username, password, current);
            mine.complete(checked);
            return checked;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            verifying.remove(flight, mine);
        }
    }

    private Remembered verify(String key, String username, String password, long current) {
        Loaded account = load(username);
        boolean matches = passwords.matches(password, account == null ? null : account.hash());
        if (account == null || !matches || !account.enabled()) {
            return null;
        }
        if (verified.size() >= MAX_CACHED) {
            verified.clear();
        }
        Remembered remembered = new Remembered(account.username(), account.roles(), account.unitIds(),
                Instant.now().plus(cacheFor), current);
        verified.put(key, remembered);
        return remembered;
    }

    private Loaded load(String username) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.findByUsername(username)
                .map(a -> new Loaded(a.username, a.passwordHash, a.enabled, Set.copyOf(a.roles), Set.copyOf(a.unitIds)))
                .orElse(null));
    }

    static SecurityIdentity identity(String username, Set<String> roles, Set<Long> unitIds) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(roles)
                .addAttribute(Caller.UNITS, unitIds)
                .addAttribute(Caller.KIND, "account")
                .addAttribute(Caller.ACTOR, username)
                .build();
    }
}
