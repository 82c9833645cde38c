package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The lockout rules, on a clock of our own. */
class LoginThrottleTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2024-01-19T01:17:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 10, Duration.ofMinutes(5), clock);

    @Test
    void shouldLockAUsernameAfterTheThirdFailureUntilTheDurationHasPassed() {
        throttle.failed("zhang.wei", "10.0.0.1");
        throttle.failed("zhang.wei", "10.0.0.2");
        assertThat(throttle.lockedFor("zhang.wei", "10.0.0.3")).isEmpty();
        throttle.failed("Zhang.Wei", "10.0.0.3");
        assertThat(throttle.lockedFor("zhang.wei", "10.0.0.9")).contains(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("li.na", "10.0.0.9")).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThat(throttle.lockedFor("zhang.wei", "10.0.0.9")).isEmpty();
    }

    @Test
    void shouldForgetFailuresOutsideTheWindowAndAfterASuccess() {
        throttle.failed("zhang.wei", null);
        throttle.failed("zhang.wei", null);
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        throttle.failed("zhang.wei", null);
        assertThat(throttle.lockedFor("zhang.wei", null)).isEmpty();
        throttle.failed("zhang.wei", null);
        throttle.succeeded("zhang.wei");
        throttle.failed("zhang.wei", null);
        throttle.failed("zhang.wei", null);
        assertThat(throttle.lockedFor("zhang.wei", null)).isEmpty();
    }

    @Test
    void shouldLockAnAddressTryingManyUsernames() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        assertThat(throttle.lockedFor("someone-else", "10.0.0.66")).isPresent();
        assertThat(throttle.lockedFor("someone-else", "10.0.0.67")).isEmpty();
    }

    @Test
    void shouldReadUnitIdsFromTokenClaimsOfAnyShape() {
        assertThat(RoleAugmentor.unitIds(java.util.List.of(3, "4", "x"))).containsExactlyInAnyOrder(3L, 4L);
        assertThat(RoleAugmentor.unitIds(7L)).containsExactly(7L);
        assertThat(RoleAugmentor.unitIds(null)).isEmpty();
    }
}
