package io.buzzline.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import io.buzzline.events.BuzzPressed;

/**
 * The fair buzzer rule. A buzz's estimated send time is its receive time minus the capped one-way
 * estimate; the question also reached that player one one-way estimate after it opened. Buzzes rank
 * by the difference, the estimated reaction time, expressed as an instant: {@code receivedAt − 2 ×
 * oneWay}. Ties go to the earlier receive time (the buzz that needed less credit), then to a hash of
 * question and player id, deterministic without always favouring the same player.
 */
public final class FairBuzzer {

    /** The order buzzes are ranked in; the first element wins the window. */
    public static final Comparator<BuzzPressed> RANKING = Comparator.comparing(FairBuzzer::compensatedTime)
            .thenComparing(BuzzPressed::receivedAt)
            .thenComparingInt(FairBuzzer::tieBreakHash)
            .thenComparing(BuzzPressed::playerId);

    private FairBuzzer() {}

    /** The one-way latency credit for a connection: half its round trip, at most {@code cap}. */
    public static long oneWayEstimateMillis(long roundTripMillis, Duration cap) {
        return Math.min(roundTripMillis / 2, cap.toMillis());
    }

    /** When the player would have pressed had the question reached them, and the buzz come back, at once. */
    public static Instant compensatedTime(BuzzPressed buzz) {
        return buzz.estimatedSentAt().minusMillis(buzz.oneWayEstimateMillis());
    }

    /** When the question is estimated to have appeared on that player's screen. */
    public static Instant estimatedShownAt(Instant opensAt, long oneWayEstimateMillis) {
        return opensAt.plusMillis(oneWayEstimateMillis);
    }

    public static boolean ranksBefore(BuzzPressed candidate, BuzzPressed incumbent) {
        return RANKING.compare(candidate, incumbent) < 0;
    }

    private static int tieBreakHash(BuzzPressed buzz) {
        // String.hashCode is specified by the language, so the order is the same on every JVM.
        int h = buzz.questionId().hashCode() * 31 + buzz.playerId().hashCode();
        return Integer.reverse(h * 0x9E3779B1);
    }
}
