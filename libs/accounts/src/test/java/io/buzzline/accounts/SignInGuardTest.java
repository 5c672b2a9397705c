package io.buzzline.accounts;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInGuardTest {

    private static final SignInGuard GUARD = SignInGuard.DEFAULT;
    private static final Instant T0 = Instant.parse("2026-12-07T19:00:00Z");

    private static SignInGuard.History failTimes(SignInGuard.History record, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            record = GUARD.failed(record, at.plusSeconds(i));
        }
        return record;
    }

    @Test
    void fiveWrongPasswordsInFifteenMinutesLockTheAccountForFifteen() {
        SignInGuard.History four = failTimes(SignInGuard.History.CLEAN, 4, T0);
        assertThat(GUARD.lockedUntil(four, T0.plusSeconds(5))).isEmpty();

        SignInGuard.History five = GUARD.failed(four, T0.plusSeconds(10));
        assertThat(GUARD.lockedUntil(five, T0.plusSeconds(11)))
                .contains(T0.plusSeconds(10).plus(Duration.ofMinutes(15)));
        assertThat(GUARD.lockedUntil(five, T0.plusSeconds(10).plus(Duration.ofMinutes(15))))
                .isEmpty();
    }

    @Test
    void failuresSpreadBeyondTheWindowNeverLock() {
        SignInGuard.History record = SignInGuard.History.CLEAN;
        for (int i = 0; i < 20; i++) {
            record = GUARD.failed(record, T0.plus(Duration.ofMinutes(4L * i)));
            assertThat(GUARD.lockedUntil(record, T0.plus(Duration.ofMinutes(4L * i))))
                    .as("failure %d", i)
                    .isEmpty();
        }
    }

    @Test
    void eachLockoutSinceTheLastSuccessLastsTwiceAsLongUpToADay() {
        SignInGuard.History record = SignInGuard.History.CLEAN;
        Instant at = T0;
        Duration[] expected = {
            Duration.ofMinutes(15),
            Duration.ofMinutes(30),
            Duration.ofHours(1),
            Duration.ofHours(2),
            Duration.ofHours(4),
            Duration.ofHours(8),
            Duration.ofHours(16),
            Duration.ofHours(24),
            Duration.ofHours(24)
        };
        for (Duration length : expected) {
            record = failTimes(record, 5, at);
            Instant lastFailure = at.plusSeconds(4);
            assertThat(GUARD.lockedUntil(record, lastFailure)).contains(lastFailure.plus(length));
            at = lastFailure.plus(length);
        }
        // The owner gets in: clean again, the next lockout back to 15 minutes.
        record = failTimes(GUARD.succeeded(), 5, at);
        assertThat(GUARD.lockedUntil(record, at.plusSeconds(4)))
                .contains(at.plusSeconds(4).plus(Duration.ofMinutes(15)));
    }
}
