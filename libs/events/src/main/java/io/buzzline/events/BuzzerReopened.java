package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;

/**
 * Addition (code 13): the buzz winner answered wrong or ran out of time, is locked out of this
 * question, and the buzzer is open again for the others.
 */
public record BuzzerReopened(String lockedOutPlayerId, String questionId, Reason reason) implements GameEvent {

    /** Why the winner lost the turn. */
    public enum Reason {
        WRONG_ANSWER,
        TIMED_OUT
    }

    public BuzzerReopened {
        nonBlank(lockedOutPlayerId, "lockedOutPlayerId");
        nonBlank(questionId, "questionId");
        nonNull(reason, "reason");
    }

    @Override
    public Visibility visibility() {
        return Visibility.PUBLIC;
    }

    @Override
    public EventType type() {
        return EventType.BUZZER_REOPENED;
    }
}
