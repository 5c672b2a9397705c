package io.buzzline.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Lockout after failed sign-ins, per account: {@code maxFailures} wrong passwords within {@code window} lock
 * the account for {@code lockout}, doubled for each lockout since the last success, up to {@code maxLockout}.
 * A guesser gets a handful of tries an hour, then a handful a day; the owner, who gets it right sooner or
 * later, starts afresh. While locked, even the right password is refused (else the lock would tell a
 * guesser when it guessed right). Per client address limits are the edge's; this is the account's.
 */
public record SignInGuard(int maxFailures, Duration window, Duration lockout, Duration maxLockout) {

    /** 5 failures in 15 minutes: 15 minutes locked, then 30, 60, … up to 24 hours. */
    public static final SignInGuard DEFAULT =
            new SignInGuard(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(24));

    public SignInGuard {
        if (maxFailures < 1
                || window.isNegative()
                || window.isZero()
                || lockout.isNegative()
                || maxLockout.compareTo(lockout) < 0) {
            throw new IllegalArgumentException("maxFailures ≥ 1, a positive window, 0 ≤ lockout ≤ maxLockout");
        }
    }

    /** An account's sign-in history as the guard needs it (stored with the account). */
    public record History(int failures, Instant firstFailure, int lockouts, Optional<Instant> lockedUntil) {

        public static final History CLEAN = new History(0, Instant.EPOCH, 0, Optional.empty());

        public History {
            Objects.requireNonNull(firstFailure, "firstFailure");
            Objects.requireNonNull(lockedUntil, "lockedUntil");
        }
    }

    /** Until when the account is locked at {@code now}; empty if a password may be tried. */
    public Optional<Instant> lockedUntil(History record, Instant now) {
        return record.lockedUntil().filter(now::isBefore);
    }

    /** The record after a wrong password at {@code now} (locking the account on the last failure allowed). */
    public History failed(History record, Instant now) {
        boolean inWindow =
                record.failures() > 0 && now.isBefore(record.firstFailure().plus(window));
        int failures = inWindow ? record.failures() + 1 : 1;
        Instant first = inWindow ? record.firstFailure() : now;
        if (failures < maxFailures) {
            return new History(failures, first, record.lockouts(), record.lockedUntil());
        }
        return new History(
                0, Instant.EPOCH, record.lockouts() + 1, Optional.of(now.plus(lockoutAfter(record.lockouts()))));
    }

    /** The record after the right password: clean again. */
    public History succeeded() {
        return History.CLEAN;
    }

    private Duration lockoutAfter(int earlierLockouts) {
        Duration length = lockout;
        for (int i = 0; i < earlierLockouts && length.compareTo(maxLockout) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxLockout) > 0 ? maxLockout : length;
    }
}
