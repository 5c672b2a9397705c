package io.buzzline.events;

import java.time.Instant;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;

/**
 * Addition (code 12): the buzz collection window closed and {@code playerId} won it; they must
 * answer by {@code answerDueAt}. The fair buzzer needs this fact to close a window in the log.
 */
public record BuzzerAwarded(String playerId, String questionId, Instant answerDueAt) implements GameEvent {

    public BuzzerAwarded {
        nonBlank(playerId, "playerId");
        nonBlank(questionId, "questionId");
        nonNull(answerDueAt, "answerDueAt");
    }

    @Override
    public Visibility visibility() {
        return Visibility.PUBLIC;
    }

    @Override
    public EventType type() {
        return EventType.BUZZER_AWARDED;
    }
}
