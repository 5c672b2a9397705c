package io.buzzline.bots.brain;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a bot host moves through a game, so a test can vary its pace: questions and reveals are counted
 * through the whole game from 1.
 *
 * @param pauses the host presses {@code next} {@code pauses[n-1]} after the n-th reveal; past the end of
 *     the list, the last pause again (one entry: the same pause after every reveal)
 * @param skips question number → how long after it shows the host skips it (if it is still open then)
 * @param endDuring the question during which the host ends the game ({@code 0}: it plays to the end)
 * @param endAfter how long after that question shows the host ends the game
 */
public record HostPlan(List<Duration> pauses, Map<Integer, Duration> skips, int endDuring, Duration endAfter) {

    public HostPlan {
        if (pauses.isEmpty()) {
            throw new IllegalArgumentException("a host plan needs at least one pause");
        }
        if (endDuring < 0) {
            throw new IllegalArgumentException("endDuring must be a question number or 0, not " + endDuring);
        }
        pauses = List.copyOf(pauses);
        skips = Map.copyOf(skips);
    }

    /** The same pause after every reveal, no skip, played to the end. */
    public static HostPlan steady(Duration pause) {
        return new HostPlan(List.of(pause), Map.of(), 0, Duration.ZERO);
    }

    /** The pause after the {@code reveal}-th reveal (from 1). */
    public Duration pauseAfter(int reveal) {
        return pauses.get(Math.min(reveal, pauses.size()) - 1);
    }
}
