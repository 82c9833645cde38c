package org.duban.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.duban.config.DubanConfig;

/**
 * Brute-force protection of Basic sign-ins: after {@code duban.security.lockout.max-failures} failures of one username
 * (or {@code max-failures-per-address} from one client address) within {@code lockout.duration}, further attempts for
 * it are refused for that duration without even checking the password. A success clears the username's count. The
 * counts live in memory, per instance; a restart forgets them.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    @Inject
    public LoginThrottle(DubanConfig config) {
        this(config.security().maxFailures(), config.security().maxFailuresPerAddress(),
                config.security().lockoutDuration(), Clock.systemUTC());
    }

    LoginThrottle(int maxPerUser, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Failures since {@code since}, and the end of the lock they caused, if any. */
    private record Failures(int count, Instant since, Instant lockedUntil) {
    }

    /** How long the username or the address stays locked, if it is. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockEnd(users.get(key(username)), now), address == null ? null : lockEnd(addresses.get(address), now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** Whether failures of this username are being counted (a success clears them). */
    public boolean hasFailures(String username) {
        return users.containsKey(key(username));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (users.size() > MAX_TRACKED || addresses.size() > MAX_TRACKED) {
            users.values().removeIf(f -> expired(f, now));
            addresses.values().removeIf(f -> expired(f, now));
        }
        users.compute(key(username), (k, f) -> count(f, now, maxPerUser));
        if (address != null) {
            addresses.compute(address, (k, f) -> count(f, now, maxPerAddress));
        }
    }

    public void succeeded(String username) {
        users.remove(key(username));
    }

    private Failures count(Failures f, Instant now, int max) {
        if (f == null || expired(f, now)) {
            f = new Failures(0, now, null);
        }
        int count = f.count() + 1;
        return count >= max ? new Failures(0, now, now.plus(window)) : new Failures(count, f.since(), f.lockedUntil());
    }

    private boolean expired(Failures f, Instant now) {
        boolean locked = f.lockedUntil() != null && f.lockedUntil().isAfter(now);
        return !locked && f.since().plus(window).isBefore(now);
    }

    private static Instant lockEnd(Failures f, Instant now) {
        return f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now) ? null : f.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
