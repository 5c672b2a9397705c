package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNegative;

/**
 * The engine scored one answer at its question's reveal (or, for a wrong BUZZER answer, at the
 * verdict): {@code points} (zero for a wrong CLASSIC answer, negative for a penalty) bring the
 * player's total to {@code total}. {@code sourceEventId} is the ANSWER_SUBMITTED it scores; {@code
 * streak} is the player's run of correct CLASSIC answers after it (0 after a wrong answer and after
 * any BUZZER result). {@code reason} is the rules' code, e.g. {@code CLASSIC_STREAK}.
 */
public record ScoreUpdated(String playerId, String sourceEventId, int points, long total, String reason, int streak)
        implements GameEvent {

    public ScoreUpdated {
        nonBlank(playerId, "playerId");
        nonBlank(sourceEventId, "sourceEventId");
        nonBlank(reason, "reason");
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
