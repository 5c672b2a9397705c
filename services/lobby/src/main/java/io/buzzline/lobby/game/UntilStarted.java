package io.buzzline.lobby.game;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Skips scheduled work until the last startup observer ran, and again from shutdown. The scheduler
 * fires its first check while Quarkus still creates the Redis data sources on the main thread; the
 * check creating the blocking one at the same moment broke startup with a ConcurrentModificationException
 * inside the Redis extension (a lobby of the e2e platform exited with 1 that way). Quarkus' own
 * {@code ApplicationNotRunning} observes startup at the default priority, so it can open too early.
 */
@Singleton
public class UntilStarted implements Scheduled.SkipPredicate {

    private volatile boolean started;

    void started(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        started = true;
    }

    void stopping(@Observes @Priority(Integer.MIN_VALUE) ShutdownEvent event) {
        started = false;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !started;
    }
}
