package io.buzzline.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.RoundMode;

import static io.buzzline.engine.Decision.reject;

/**
 * Answers: in CLASSIC every active player answers once before the deadline and the question closes
 * early when all have; in BUZZER only the window's winner answers, before their own deadline.
 */
final class AnswerRules {

    private AnswerRules() {}

    static Decision submit(GameState state, SubmitAnswer command, Instant now) {
        Rejection refused = refusal(state, command);
        if (refused != null) {
            return reject(refused);
        }
        return switch (state.question().mode()) {
            case CLASSIC -> classic(state, command, now);
            case BUZZER -> buzzer(state, command, now);
        };
    }

    /**
     * Why {@code command} is refused against {@code state}, or null if it is accepted: the rules of an
     * answer without its events (a CLASSIC question's last answer also reveals and scores every player's).
     */
    static Rejection refusal(GameState state, SubmitAnswer command) {
        String playerId = command.playerId();
        if (!state.isActivePlayer(playerId)) {
            return Rejection.NOT_A_PLAYER;
        }
        if (!state.phase().questionOpen()) {
            return Rejection.NO_OPEN_QUESTION;
        }
        QuestionInPlay q = state.question();
        if (!q.questionId().equals(command.questionId())) {
            return Rejection.WRONG_QUESTION;
        }
        if (!q.question().choices().contains(command.answer())) {
            return Rejection.NOT_A_CHOICE;
        }
        if (command.receivedAt().isBefore(q.opensAt())) {
            return Rejection.ANSWER_BEFORE_SHOWN;
        }
        return switch (q.mode()) {
            case CLASSIC -> classicRefusal(q, command);
            case BUZZER -> buzzerRefusal(state, q, command);
        };
    }

    private static Rejection classicRefusal(QuestionInPlay q, SubmitAnswer command) {
        if (q.answers().containsKey(command.playerId())) {
            return Rejection.ALREADY_ANSWERED;
        }
        if (command.receivedAt().isAfter(q.closesAt())) {
            return Rejection.AFTER_DEADLINE;
        }
        return null;
    }

    private static Rejection buzzerRefusal(GameState state, QuestionInPlay q, SubmitAnswer command) {
        BuzzerState buzzer = q.buzzer();
        if (buzzer.lockedOut().contains(command.playerId())) {
            return Rejection.LOCKED_OUT;
        }
        if (state.phase() != GamePhase.BUZZ_ANSWERING || !command.playerId().equals(buzzer.awardedTo())) {
            return Rejection.NOT_YOUR_TURN;
        }
        if (command.receivedAt().isAfter(buzzer.answerDueAt())) {
            return Rejection.AFTER_DEADLINE;
        }
        return null;
    }

    private static Decision classic(GameState state, SubmitAnswer command, Instant now) {
        QuestionInPlay q = state.question();
        AnswerSubmitted answer = answered(q, command, RoundMode.CLASSIC);
        var emitter = Emitter.after(state, now).emit(answer);
        // The answer just submitted is not in the state yet, hence the + 1; the reveal scores it too.
        if (q.answers().size() + 1 >= state.activePlayers()) {
            var answers = q.answers().plus(command.playerId(), given(answer, emitter));
            ProgressRules.reveal(state, emitter, AnswerRevealed.Reason.ANSWERED, answers.values());
        }
        return emitter.accept();
    }

    private static Decision buzzer(GameState state, SubmitAnswer command, Instant now) {
        QuestionInPlay q = state.question();
        AnswerSubmitted answer = answered(q, command, RoundMode.BUZZER);
        var emitter = Emitter.after(state, now).emit(answer);
        if (answer.correct()) {
            ProgressRules.reveal(state, emitter, AnswerRevealed.Reason.ANSWERED, List.of(given(answer, emitter)));
        } else {
            PointRules.buzzerVerdict(state, emitter, given(answer, emitter));
            BuzzerRules.reopen(state, emitter, BuzzerReopened.Reason.WRONG_ANSWER, now);
        }
        return emitter.accept();
    }

    /** The answer just emitted, as the state will hold it once its event is applied. */
    private static GivenAnswer given(AnswerSubmitted answer, Emitter emitter) {
        return new GivenAnswer(
                answer.playerId(), emitter.lastSequence(), answer.correct(), answer.responseTimeMillis());
    }

    private static AnswerSubmitted answered(QuestionInPlay q, SubmitAnswer command, RoundMode mode) {
        long responseMillis =
                Duration.between(q.opensAt(), command.receivedAt()).toMillis();
        return new AnswerSubmitted(
                command.playerId(),
                q.questionId(),
                command.answer(),
                responseMillis,
                mode,
                q.question().isCorrect(command.answer()));
    }
}
