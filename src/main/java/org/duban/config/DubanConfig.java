package org.duban.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Duban's own settings (prefix {@code duban}); each can also be set through the environment, e.g. DUBAN_DEMO_DATA. */
@ConfigMapping(prefix = "duban")
public interface DubanConfig {

    /** Directory of the embedded H2 database files. */
    @WithName("data-dir")
    @WithDefault("./data")
    String dataDir();

    /** Import the seed completion table on first start, when the database holds no plan. */
    @WithName("demo-data")
    @WithDefault("true")
    boolean demoData();

    /** Imports of documents. */
    @WithName("import")
    Import importing();

    /**
     * Password of the first admin account (username {@code admin}), created when the database holds no account yet;
     * when unset then, a random password is generated and logged once. Ignored once any account exists.
     */
    @WithName("admin-password")
    Optional<String> adminPassword();

    /** Sign-in protection and identity settings. */
    Security security();

    /** The in-memory cache of rendered GET representations. */
    Cache cache();

    /** Settings of the cache of rendered representations (README, "Caching and concurrency"). */
    interface Cache {
        /**
         * Upper bound of the cache's size, counted as the bytes of the JSON it holds (plus a small overhead per entry);
         * the least recently used entries are dropped beyond it. 0 disables the cache.
         */
        @WithName("max-bytes")
        @WithDefault("33554432")
        long maxBytes();
    }

    /** Settings of {@code POST /api/v1/imports}. */
    interface Import {
        /** Largest document accepted, in bytes; larger ones are answered 413. */
        @WithName("max-bytes")
        @WithDefault("10485760")
        long maxBytes();
    }

    /** How sign-ins are protected. */
    interface Security {
        /** Failed Basic sign-ins of one username, within {@link #lockoutDuration()}, that lock it. */
        @WithName("lockout.max-failures")
        @WithDefault("5")
        int maxFailures();

        /** Failed Basic sign-ins from one client address, within {@link #lockoutDuration()}, that lock it. */
        @WithName("lockout.max-failures-per-address")
        @WithDefault("50")
        int maxFailuresPerAddress();

        /** How long a lock lasts, and the window in which failures are counted. */
        @WithName("lockout.duration")
        @WithDefault("PT5M")
        Duration lockoutDuration();

        /**
         * How long a verified username and password are remembered in memory (as a SHA-256, never in clear), so that
         * a client sending Basic on every request does not pay a bcrypt verification each time. Any change to an
         * account forgets them all.
         */
        @WithName("credential-cache")
        @WithDefault("PT1M")
        Duration credentialCache();

        /** Claim of an OIDC access token that lists the unit ids a reporter answers for. */
        @WithName("oidc-units-claim")
        @WithDefault("duban_unit_ids")
        String oidcUnitsClaim();
    }
}
