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
 * unsalted digest lets the key be found by an indexed lookup. Every request looks the key up, so a revocation counts
 * at once.
 */
@ApplicationScoped
public class ApiKeys {

    /** What every key starts with, so that it is told apart from OIDC tokens (and recognised by secret scanners). */
    public static final String PREFIX = "dbn_";
    /** How many leading characters of a key are kept and shown, to tell keys apart. */
    static final int SHOWN = 12;
    /** The last-used time is written at most this often per key. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

    public ApiKeys(ApiKeyRepository keys) {
        this.keys = keys;
    }

    /** A new key and what is stored of it. */
    public record Issued(String key, String prefix, String hash) {
    }

    public static Issued issue() {
        String key = PREFIX + Secrets.random(32);
        return new Issued(key, key.substring(0, SHOWN), Secrets.sha256(key));
    }

    private record Loaded(long id, String name, String role, Set<Long> unitIds) {
    }

    /** The identity of an unrevoked key, or an {@link AuthenticationFailedException}. */
    public SecurityIdentity authenticate(String key) {
        String hash = Secrets.sha256(key);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> {
            ApiKey k = keys.findByHash(hash).filter(found -> found.revokedAt == null).orElse(null);
            if (k == null) {
                return null;
            }
            Instant last = touched.get(k.id);
            if (last == null || last.isBefore(now.minus(TOUCH_EVERY))) {
                keys.touch(k.id, now, now.minus(TOUCH_EVERY));
                touched.put(k.id, now);
            }
            return new Loaded(k.id, k.name, k.role, Set.copyOf(k.unitIds));
        });
        if (loaded == null) {
            throw new AuthenticationFailedException("unknown or revoked API key");
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(loaded.name()))
                .addRole(loaded.role())
                .addAttribute(Caller.UNITS, loaded.unitIds())
                .addAttribute(Caller.KIND, "api-key")
                .addAttribute(Caller.ACTOR, "api-key:" + loaded.id() + "/" + loaded.name())
                .build();
    }

    /** Forgets when a key was last touched, so that its next use is recorded. */
    public void forget(long id) {
        touched.remove(id);
    }
}
