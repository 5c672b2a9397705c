package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNegative;
import static io.buzzline.events.Require.nonNull;

/**
 * A player answered a question, {@code responseTimeMillis} after it opened, in a round of
 * {@code mode}; {@code correct} is the engine's verdict against the answer key, which the reveal scores.
 *
 * <p>In CLASSIC rounds the verdict would tell the key before the deadline, so the event is log
 * only (clients see counts); in BUZZER rounds the verdict is announced at once by the game's own rules, so it is public.
 */
public record AnswerSubmitted(
        String playerId, String questionId, String answer, long responseTimeMillis, RoundMode mode, boolean correct)
        implements GameEvent {

    public AnswerSubmitted {
        nonBlank(playerId, "playerId");
        nonBlank(questionId, "questionId");
        nonBlank(answer, "answer");
        nonNegative(responseTimeMillis, "responseTimeMillis");
        nonNull(mode, "mode");
    }

    @Override
    public Visibility visibility() {
        return switch (mode) {
            case BUZZER -> Visibility.PUBLIC;
            case CLASSIC -> Visibility.LOG_ONLY;
        };
    }

    @Override
    public EventType type() {
        return EventType.ANSWER_SUBMITTED;
    }
}
