package io.buzzline.engine;

import java.time.Instant;
import java.util.List;

import io.buzzline.events.BuzzPressed;
import io.buzzline.events.GameSettings;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.RoundMode;
import io.buzzline.rules.RulesVersion;

/**
 * A {@link GameState} as a plain record graph (lists sorted by id, model records, enums, instants)
 * that a runtime can serialise with the event model's JSON settings. Restoring it and folding the
 * events after {@code sequence} gives the same state as replaying the whole log. The game's rules are
 * kept as their version: with the settings, that is all it takes to rebuild them.
 */
public record GameSnapshot(
        String gameId,
        long sequence,
        GamePhase phase,
        String hostId,
        GameSettings settings,
        RulesVersion rulesVersion,
        QuestionPack pack,
        List<Player> players,
        int round,
        int questionNumber,
        QuestionSnapshot question,
        Instant advanceAt) {

    public GameSnapshot {
        players = List.copyOf(players);
    }

    /** The question in play, its key referenced by id into the pack, its answers in log order. */
    public record QuestionSnapshot(
            int round,
            int number,
            String questionId,
            RoundMode mode,
            Instant opensAt,
            Instant closesAt,
            List<GivenAnswer> answers,
            BuzzerSnapshot buzzer) {

        public QuestionSnapshot {
            answers = List.copyOf(answers);
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
