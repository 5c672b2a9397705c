package io.buzzline.engine;

import java.time.Instant;
import java.util.Collection;

import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.GameEnded;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundStarted;

import static io.buzzline.engine.Decision.reject;

/** Moving through the game: showing questions, closing them with a reveal, rounds and the end. */
final class ProgressRules {

    private ProgressRules() {}

    static Decision showNext(GameState state, ShowNextQuestion command, Instant now) {
        if (!state.isHost(command.hostId())) {
            return reject(Rejection.NOT_THE_HOST);
        }
        return advance(state, now);
    }

    static Decision skip(GameState state, SkipQuestion command, Instant now) {
        if (!state.isHost(command.hostId())) {
            return reject(Rejection.NOT_THE_HOST);
        }
        if (!state.phase().questionOpen()) {
            return reject(Rejection.NO_OPEN_QUESTION);
        }
        return reveal(state, Emitter.after(state, now), AnswerRevealed.Reason.SKIPPED)
                .accept();
    }

    /** The next step after a reveal, whether the host asked for it or the advance timer fired. */
    static Decision advance(GameState state, Instant now) {
        return switch (state.phase()) {
            case NEW, ENDED -> throw new IllegalStateException("guarded by the engine: " + state.phase());
            case LOBBY -> reject(Rejection.GAME_NOT_STARTED);
            case QUESTION_OPEN, BUZZ_WINDOW, BUZZ_ANSWERING -> reject(Rejection.QUESTION_STILL_OPEN);
            case INTERMISSION ->
                showQuestion(state, state.round(), state.questionNumber() + 1, Emitter.after(state, now), now)
                        .accept();
            case ROUND_OVER -> nextRoundOrEnd(state, now);
        };
    }

    private static Decision nextRoundOrEnd(GameState state, Instant now) {
        int next = state.round() + 1;
        if (next > state.settings().rounds().size()) {
            return Emitter.single(state, now, new GameEnded(GameEnded.Reason.COMPLETED));
        }
        var settings = state.settings().round(next);
        var emitter = Emitter.after(state, now).emit(new RoundStarted(next, settings.mode(), settings.questionCount()));
        return showQuestion(state, next, 1, emitter, now).accept();
    }

    static Emitter showQuestion(GameState state, int round, int number, Emitter emitter, Instant now) {
        var question = state.packQuestion(round, number);
        var closesAt = now.plus(state.settings().round(round).questionTimeLimit());
        return emitter.emit(new QuestionShown(
                round, number, question.questionId(), question.text(), question.choices(), now, closesAt));
    }

    /** Closes the current question with the answers the state holds for it. */
    static Emitter reveal(GameState state, Emitter emitter, AnswerRevealed.Reason reason) {
        return reveal(state, emitter, reason, state.question().answers().values());
    }

    /**
     * Closes the current question: the key goes public, the {@code answers} given to it are scored in
     * the same step (whatever the reason, a skip included: they were revealed), and the round ends
     * after its last question.
     */
    static Emitter reveal(
            GameState state, Emitter emitter, AnswerRevealed.Reason reason, Collection<GivenAnswer> answers) {
        QuestionInPlay q = state.question();
        emitter.emit(new AnswerRevealed(
                q.round(), q.number(), q.questionId(), q.question().correctAnswer(), reason));
        PointRules.atReveal(state, emitter, answers);
        if (q.number() == state.settings().round(q.round()).questionCount()) {
            emitter.emit(new RoundEnded(q.round()));
        }
        return emitter;
    }
}
