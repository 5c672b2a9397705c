package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNegative;

/** A player answered a question, {@code responseTimeMillis} after it opened for them. */
public record AnswerSubmitted(String playerId, String questionId, String answer, long responseTimeMillis)
        implements GameEvent {

    public AnswerSubmitted {
        nonBlank(playerId, "playerId");
        nonBlank(questionId, "questionId");
        nonBlank(answer, "answer");
        nonNegative(responseTimeMillis, "responseTimeMillis");
    }

    @Override
    public EventType type() {
        return EventType.ANSWER_SUBMITTED;
    }
}
