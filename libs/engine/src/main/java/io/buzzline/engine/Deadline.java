package io.buzzline.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * A timer as data: what the runtime must feed back as {@code FireTimer(timerId, dueAt)} once
 * {@code dueAt} has passed. The id names the question (and buzzer opening) it belongs to, so a timer
 * from an earlier state is recognised as stale and a timer fired twice (e.g. across a takeover)
 * takes effect once.
 */
public record Deadline(String timerId, Kind kind, Instant dueAt) {

    /** What happens when the deadline passes. */
    public enum Kind {
        /** The question's time limit: reveal with TIME_UP. */
        QUESTION_CLOSE,
        /** The buzz collection window: award the buzzer to the best buzz. */
        BUZZ_WINDOW,
        /** The buzz winner's answer time: lock them out and reopen. */
        BUZZ_ANSWER,
        /** The pause after a reveal: move on as if the host said so. */
        ADVANCE
    }

    static Optional<Deadline> pendingIn(GameState state) {
        QuestionInPlay q = state.question();
        return switch (state.phase()) {
            case NEW, LOBBY, ENDED -> Optional.empty();
            case QUESTION_OPEN ->
                Optional.of(new Deadline("close:" + q.questionId(), Kind.QUESTION_CLOSE, q.closesAt()));
            case BUZZ_WINDOW ->
                Optional.of(new Deadline(
                        "buzz-window:" + q.questionId() + ":" + q.buzzer().opening(),
                        Kind.BUZZ_WINDOW,
                        q.buzzer().windowClosesAt()));
            case BUZZ_ANSWERING ->
                Optional.of(new Deadline(
                        "buzz-answer:" + q.questionId() + ":" + q.buzzer().opening(),
                        Kind.BUZZ_ANSWER,
                        q.buzzer().answerDueAt()));
            case INTERMISSION, ROUND_OVER ->
                Optional.ofNullable(state.advanceAt())
                        .map(at -> new Deadline(
                                "advance:" + state.round() + ":" + state.questionNumber(), Kind.ADVANCE, at));
        };
    }
}
