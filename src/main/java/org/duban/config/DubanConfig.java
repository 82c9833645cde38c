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

    /** The change feed (GET /api/v1/changes). */
    Changes changes();

    /** Webhooks: where changes are pushed, and how. */
    Webhooks webhooks();

    /** Settings of the change feed (README, "For integrators"). */
    interface Changes {
        /**
         * How long changes are kept; a scheduled purge (daily, 00:30 Asia/Shanghai) removes older ones, and a cursor
         * among them is then answered 400.
         */
        @WithDefault("P400D")
        Duration retention();
    }

    /** Settings of webhook deliveries (README, "For integrators"). */
    interface Webhooks {
        /**
         * Allow targets in private, loopback, link-local and other non-public address ranges. Off: such a URL is
         * refused when the webhook is created and when a delivery resolves to such an address (SSRF).
         */
        @WithName("allow-private-targets")
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** How long a connection to a receiver may take to open. */
        @WithName("connect-timeout")
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** How long a receiver may take to answer a delivery. */
        @WithName("request-timeout")
        @WithDefault("PT10S")
        Duration requestTimeout();

        /** The wait before the first retry of a failed delivery; it doubles with every further attempt. */
        @WithName("first-retry")
        @WithDefault("PT30S")
        Duration firstRetry();

        /** The longest wait between two attempts. */
        @WithName("max-retry-interval")
        @WithDefault("PT1H")
        Duration maxRetryInterval();

        /** How long a delivery is retried before it is given up (FAILED) and the next change is delivered. */
        @WithName("retry-for")
        @WithDefault("PT24H")
        Duration retryFor();

        /** How often the delivery worker looks for changes to deliver (a Quarkus scheduler interval). */
        @WithName("poll-interval")
        @WithDefault("5s")
        String pollInterval();
    }

    /** Settings of the cache of rendered representations (README, "Caching and concurrency"). */
    interface Cache {
        /**
         * Upper bound of the cache's size, counted as the bytes of the JSON and export files it holds (plus a small
         * overhead per entry); an export above an eighth of it is not kept;
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

        /**
         * bcrypt's work factor for passwords set from now on (each step doubles the time of a hash and of a sign-in
         * check; 10 takes about 0.1 s of a core; from 4 to 31). Stored hashes keep the factor they were made with.
         */
        @WithName("password-hash-cost")
        @WithDefault("10")
        int passwordHashCost();

        /** Claim of an OIDC access token that lists the unit ids a reporter answers for. */
        @WithName("oidc-units-claim")
        @WithDefault("duban_unit_ids")
        String oidcUnitsClaim();
    }
}
