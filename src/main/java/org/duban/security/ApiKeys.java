package org.duban.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and verifies API keys. A key is {@value #PREFIX} followed by 32 random bytes (256 bits) in URL-safe Base64;
 * only its SHA-256 is stored. A fast hash is enough here, unlike for passwords: with 256 bits of entropy nobody can
 * guess a key from its hash, so bcrypt's slowness would add no protection, only a cost on every request; and an
 * unsalted digest lets the key be found by an indexed lookup. A key found is remembered in memory with the
 * {@link SecurityRevision} it was read at and trusted only while that revision is current, so that a request costs no
 * lookup, and a revocation on any instance counts on every instance at once. Its last use is written at most once a
 * minute per key, not on every request.
 */
@ApplicationScoped
public class ApiKeys {

    /** What every key starts with, so that it is told apart from OIDC tokens (and recognised by secret scanners). */
    public static final String PREFIX = "dbn_";
    /** How many leading characters of a key are kept and shown, to tell keys apart. */
    static final int SHOWN = 12;
    /** The last-used time is written at most this often per key. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** Remembered keys at most; beyond, the memory is cleared and keys are looked up again. */
    private static final int MAX_REMEMBERED = 10_000;

    private final ApiKeyRepository keys;
    private final SecurityRevision revision;
    private final Map<Long, Instant> touched = new ConcurrentHashMap<>();
    private final Map<String, Loaded> remembered = new ConcurrentHashMap<>();

    public ApiKeys(ApiKeyRepository keys, SecurityRevision revision) {
        this.keys = keys;
        this.revision = revision;
    }

    /** A new key and what is stored of it. */
    public record Issued(String key, String prefix, String hash) {
    }

    public static Issued issue() {
        String key = PREFIX + Secrets.random(32);
        return new Issued(key, key.substring(0, SHOWN), Secrets.sha256(key));
    }

    private record Loaded(long id, String name, String role, Set<Long> unitIds, long revision) {
    }

    /** The identity of an unrevoked key, or an {@link AuthenticationFailedException}. */
    public SecurityIdentity authenticate(String key) {
        String hash = Secrets.sha256(key);
        // Read before the key, so that a revocation committed after this read is seen by the next request.
        long current = revision.current();
        Loaded loaded = remembered.get(hash);
        if (loaded == null || loaded.revision() != current) {
            loaded = QuarkusTransaction.requiringNew().call(() -> keys.findByHash(hash)
                    .filter(found -> found.revokedAt == null)
                    .map(k -> new Loaded(k.id, k.name, k.role, Set.copyOf(k.unitIds), current))
                    .orElse(null));
            if (loaded == null) {
                remembered.remove(hash);
                throw new AuthenticationFailedException("unknown or revoked API key");
            }
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(hash, loaded);
        }
        touch(loaded.id());
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(loaded.name()))
                .addRole(loaded.role())
                .addAttribute(Caller.UNITS, loaded.unitIds())
                .addAttribute(Caller.KIND, "api-key")
                .addAttribute(Caller.ACTOR, "api-key:" + loaded.id() + "/" + loaded.name())
                .build();
    }

    /** Records the key's use, at most once per {@link #TOUCH_EVERY} per key and instance. */
    private void touch(long id) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant last = touched.get(id);
        if (last != null && !last.isBefore(now.minus(TOUCH_EVERY))) {
            return;
        }
        if (touched.size() >= MAX_REMEMBERED) {
            touched.clear();
        }
        touched.put(id, now);
        QuarkusTransaction.requiringNew().run(() -> keys.touch(id, now, now.minus(TOUCH_EVERY)));
    }
}
