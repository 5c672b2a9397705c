package io.buzzline.engine;

import java.time.Instant;

import org.pcollections.HashTreePSet;
import org.pcollections.PSet;

import io.buzzline.events.BuzzPressed;

/**
 * The buzzer of the current BUZZER question. {@code opening} counts how often it (re)opened;
 * {@code buzzed} holds who buzzed in this opening, {@code leader} the best buzz so far by the fair
 * rule, {@code windowClosesAt} the end of collection, then {@code awardedTo} answers by
 * {@code answerDueAt}. Unset fields are null.
 */
public record BuzzerState(
        int opening,
        PSet<String> lockedOut,
        PSet<String> buzzed,
        BuzzPressed leader,
        Instant windowClosesAt,
        String awardedTo,
        Instant answerDueAt) {

    public static final BuzzerState FRESH =
            new BuzzerState(1, HashTreePSet.empty(), HashTreePSet.empty(), null, null, null, null);

    BuzzerState withBuzz(BuzzPressed buzz, Instant closesAt) {
        BuzzPressed best = leader == null || FairBuzzer.ranksBefore(buzz, leader) ? buzz : leader;
        return new BuzzerState(
                opening, lockedOut, buzzed.plus(buzz.playerId()), best, closesAt, awardedTo, answerDueAt);
    }

    BuzzerState awarded(String playerId, Instant dueAt) {
        return new BuzzerState(opening, lockedOut, buzzed, leader, windowClosesAt, playerId, dueAt);
    }

    BuzzerState reopenedWithout(String playerId) {
        return new BuzzerState(opening + 1, lockedOut.plus(playerId), HashTreePSet.empty(), null, null, null, null);
    }
}
