package io.buzzline.engine;

import java.time.Instant;
import java.util.List;

import io.buzzline.events.BuzzPressed;
import io.buzzline.events.GameSettings;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.RoundMode;

/**
 * A {@link GameState} as a plain record graph (lists sorted by id, model records, enums, instants)
 * that a runtime can serialise with the event model's JSON settings. Restoring it and folding the
 * events after {@code sequence} gives the same state as replaying the whole log.
 */
public record GameSnapshot(
        String gameId,
        long sequence,
        GamePhase phase,
        String hostId,
        GameSettings settings,
        QuestionPack pack,
        List<Player> players,
        int round,
        int questionNumber,
        QuestionSnapshot question,
        Instant advanceAt) {

    public GameSnapshot {
        players = List.copyOf(players);
    }

    /** The question in play, its key referenced by id into the pack. */
    public record QuestionSnapshot(
            int round,
            int number,
            String questionId,
            RoundMode mode,
            Instant opensAt,
            Instant closesAt,
            List<String> answered,
            BuzzerSnapshot buzzer) {

        public QuestionSnapshot {
            answered = List.copyOf(answered);
        }
    }

    /** The buzzer of the question in play. */
    public record BuzzerSnapshot(
            int opening,
            List<String> lockedOut,
            List<String> buzzed,
            BuzzPressed leader,
            Instant windowClosesAt,
            String awardedTo,
            Instant answerDueAt) {

        public BuzzerSnapshot {
            lockedOut = List.copyOf(lockedOut);
            buzzed = List.copyOf(buzzed);
        }
    }
}
