package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNegative;
import static io.buzzline.events.Require.nonNull;

/**
 * The engine scored one answer at its question's reveal (or, for a wrong BUZZER answer, at the
 * verdict): {@code points} (zero for a wrong CLASSIC answer, negative for a penalty) bring the
 * player's total to {@code total}. {@code sourceEventId} is the ANSWER_SUBMITTED it scores; {@code
 * streak} is the player's run of correct CLASSIC answers after it (0 after a wrong answer and after
 * any BUZZER result). {@code reason} says which scoring rule applied.
 */
public record ScoreUpdated(String playerId, String sourceEventId, int points, long total, Reason reason, int streak)
        implements GameEvent {

    /**
     * Which rule scored the answer: a closed set, so clients can switch on it. A rule set that scores
     * another way adds a constant here (and to docs/asyncapi.yaml), never reuses one with a new meaning.
     */
    public enum Reason {
        /** A right CLASSIC answer, speed points only. */
        CLASSIC_CORRECT,
        /** A right CLASSIC answer that extends a streak: speed points plus the streak bonus. */
        CLASSIC_STREAK,
        /** A wrong CLASSIC answer: no points, the streak ends. */
        CLASSIC_WRONG,
        /** A right BUZZER answer: the points possible. */
        BUZZER_CORRECT,
        /** A wrong BUZZER answer: the penalty, as negative points. */
        BUZZER_WRONG
    }

    public ScoreUpdated {
        nonBlank(playerId, "playerId");
        nonBlank(sourceEventId, "sourceEventId");
        nonNull(reason, "reason");
        nonNegative(streak, "streak");
    }

    @Override
    public Visibility visibility() {
        return new Visibility.OnePlayer(playerId);
    }

    @Override
    public EventType type() {
        return EventType.SCORE_UPDATED;
    }
}
