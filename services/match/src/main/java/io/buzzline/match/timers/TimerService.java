package io.buzzline.match.timers;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.core.Vertx;

import io.buzzline.engine.Deadline;

/**
 * Arms the one deadline a game's state holds, on Vert.x timers. A timer is only a wake-up call: what it
 * does is decided by the engine from the logged state (FireTimer with the deadline's id), so a timer
 * that fires twice, late, or on two instances around a takeover takes effect once.
 */
@ApplicationScoped
public class TimerService {

    private final Vertx vertx;
    private final Clock clock;

    public TimerService(Vertx vertx, Clock clock) {
        this.vertx = vertx;
        this.clock = clock;
    }

    /** Calls {@code action} once {@code deadline} is due (at once if already past); returns the timer id. */
    public long schedule(Deadline deadline, Runnable action) {
        long millis = Duration.between(clock.instant(), deadline.dueAt()).toMillis();
        // +1 ms: the engine refuses a timer fired before its due instant (TIMER_NOT_DUE), and ms truncate.
        return vertx.setTimer(Math.max(1, millis + 1), id -> action.run());
    }

    public void cancel(long timerId) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }
}
