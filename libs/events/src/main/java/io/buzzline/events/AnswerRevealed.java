package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;
import static io.buzzline.events.Require.positive;

/**
 * Addition (code 14): the question closed and its answer key is public from here on. Nothing is
 * accepted for the question after it.
 */
public record AnswerRevealed(int round, int questionNumber, String questionId, String correctAnswer, Reason reason)
        implements GameEvent {

    /** Why the question closed. */
    public enum Reason {
        /** CLASSIC: every active player answered; BUZZER: the winner answered right. */
        ANSWERED,
        /** The question's time limit passed. */
        TIME_UP,
        /** BUZZER: every active player is locked out. */
        NO_ONE_LEFT,
        /** The host skipped it. */
        SKIPPED
    }

    public AnswerRevealed {
        positive(round, "round");
        positive(questionNumber, "questionNumber");
        nonBlank(questionId, "questionId");
        nonBlank(correctAnswer, "correctAnswer");
        nonNull(reason, "reason");
    }

    @Override
    public Visibility visibility() {
        return Visibility.PUBLIC;
    }

    @Override
    public EventType type() {
        return EventType.ANSWER_REVEALED;
    }
}
