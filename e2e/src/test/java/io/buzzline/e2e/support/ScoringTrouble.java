package io.buzzline.e2e.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.buzzline.events.EventType;

import static org.awaitility.Awaitility.await;

/**
 * Something done to a scoring instance during a game, {@code afterMillis} after the host receives the
 * game's {@code atReveal}-th reveal (the moment that reveal's SCORE_UPDATED events are on their way to
 * scoring).
 */
public sealed interface ScoringTrouble {

    String label();

    int atReveal();

    int afterMillis();

    /** SIGSTOP for {@code forMillis}, then SIGCONT: a GC pause or a stalled VM, entries left pending meanwhile. */
    record Pause(String label, int atReveal, int afterMillis, int forMillis) implements ScoringTrouble {
        @Override
        public String toString() {
            return "pause " + label + " " + forMillis + " ms, " + afterMillis + " ms after reveal " + atReveal;
        }
    }

    /** SIGKILL, then the instance started again on its port (its pending entries are claimed meanwhile). */
    record Restart(String label, int atReveal, int afterMillis) implements ScoringTrouble {
        @Override
        public String toString() {
            return "kill -9 and restart " + label + ", " + afterMillis + " ms after reveal " + atReveal;
        }
    }

    /**
     * Waits for the moment, then does it; returns what happened, for the report. Nothing is done if the
     * game ended before that reveal (a host may end it early).
     */
    static String apply(ScoringTrouble trouble, Platform platform, Table table, Duration timeout)
            throws InterruptedException {
        await().atMost(timeout)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> table.host().finished().isDone() || reveals(table) >= trouble.atReveal());
        if (reveals(table) < trouble.atReveal()) {
            return trouble + ": not done, the game ended before that reveal";
        }
        // Deliberate offsets and freeze lengths, not waits for a condition.
        TimeUnit.MILLISECONDS.sleep(trouble.afterMillis());
        return switch (trouble) {
            case Pause pause -> {
                platform.process(pause.label()).pause();
                try {
                    TimeUnit.MILLISECONDS.sleep(pause.forMillis());
                } finally {
                    platform.process(pause.label()).resume();
                }
                yield pause + ": done";
            }
            case Restart restart -> {
                long killed = System.nanoTime();
                platform.kill(restart.label());
                platform.restart(restart.label());
                yield restart + ": done, ready again " + (System.nanoTime() - killed) / 1_000_000 + " ms later";
            }
        };
    }

    private static long reveals(Table table) {
        return table.host().record().events().stream()
                .filter(event -> event.type() == EventType.ANSWER_REVEALED)
                .count();
    }
}
