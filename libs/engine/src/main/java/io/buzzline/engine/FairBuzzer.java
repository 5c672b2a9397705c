package io.buzzline.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import io.buzzline.events.BuzzPressed;

/**
 * The fair buzzer rule. A buzz's estimated send time is its receive time minus the capped one-way
 * estimate; the question reached that player one one-way estimate after the gateway wrote it to the
 * player's connection, which is the question's opening plus the buzz's delivery lag (0 when the gateway
 * did not stamp it). Buzzes rank by the difference, the estimated reaction time, expressed as an instant:
 * {@code receivedAt − 2 × oneWay − deliveryLag}. The receive time and the write time are both the
 * gateway's, so a skew between its clock and match's cancels out. Ties go to the earlier receive time
 * (the buzz that needed less credit), then to a hash of question and player id, deterministic without
 * always favouring the same player.
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

    /**
     * When the player would have pressed had the question reached them the moment it opened, and the buzz
     * come back at once.
     */
    public static Instant compensatedTime(BuzzPressed buzz) {
        return buzz.estimatedSentAt().minusMillis(buzz.oneWayEstimateMillis()).minusMillis(buzz.deliveryLagMillis());
    }

    /**
     * When the question is estimated to have appeared on that player's screen: one one-way estimate after
     * it was written to the player's connection, {@code deliveryLagMillis} after it opened.
     */
    public static Instant estimatedShownAt(Instant opensAt, long deliveryLagMillis, long oneWayEstimateMillis) {
        return opensAt.plusMillis(deliveryLagMillis).plusMillis(oneWayEstimateMillis);
    }

    /**
     * How long after {@code opensAt} the gateway wrote the question to the player's connection, from its
     * stamp; 0 without one. {@code shownAt} is on the gateway's clock and {@code opensAt} on match's: the
     * skew between them is in the lag and in the receive time alike, and cancels in the ranking.
     */
    public static long deliveryLagMillis(Instant opensAt, Instant shownAt) {
        return shownAt == null ? 0 : Duration.between(opensAt, shownAt).toMillis();
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
