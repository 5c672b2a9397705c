package io.buzzline.engine;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.JoinGame;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.GameEnded;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;

import static io.buzzline.engine.Games.HOST;
import static io.buzzline.engine.Games.settings;
import static org.assertj.core.api.Assertions.assertThat;

class ClassicRoundTest {

    private SubmitAnswer answer(Games game, String playerId, String answer) {
        return new SubmitAnswer(playerId, game.questionId(), answer, game.now());
    }

    @Test
    void anAnswerIsJudgedAgainstTheKeyAndKeptFromPlayers() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);
        game.advanceMillis(1_250);

        var events = game.accept(answer(game, "p1", "B"));

        var submitted = new AnswerSubmitted("p1", "q1", "B", 1_250, RoundMode.CLASSIC, true);
        assertThat(events).containsExactly(submitted);
        assertThat(submitted.visibility().visibleToPlayer("p1")).isFalse();
        assertThat(game.state().question().answered()).containsExactly("p1");
    }

    @Test
    void eachPlayerAnswersOnce() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);
        game.accept(answer(game, "p1", "A"));

        assertThat(game.reject(answer(game, "p1", "B"))).isEqualTo(Rejection.ALREADY_ANSWERED);
    }

    @Test
    void answersAfterTheDeadlineAreRejected() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);
        game.advance(Games.TIME_LIMIT.plusMillis(1));

        assertThat(game.reject(answer(game, "p1", "B"))).isEqualTo(Rejection.AFTER_DEADLINE);
    }

    @Test
    void answersReceivedBeforeTheQuestionOpenedAreRejected() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);

        var early = new SubmitAnswer("p1", game.questionId(), "B", game.now().minusMillis(1));

        assertThat(game.reject(early)).isEqualTo(Rejection.ANSWER_BEFORE_SHOWN);
    }

    @Test
    void answersMustBeAChoiceForTheCurrentQuestionFromAPlayer() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);

        assertThat(game.reject(answer(game, "p1", "Z"))).isEqualTo(Rejection.NOT_A_CHOICE);
        assertThat(game.reject(new SubmitAnswer("p1", "q2", "B", game.now()))).isEqualTo(Rejection.WRONG_QUESTION);
        assertThat(game.reject(answer(game, "stranger", "B"))).isEqualTo(Rejection.NOT_A_PLAYER);
    }

    @Test
    void theQuestionClosesAsSoonAsEveryActivePlayerAnswered() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);
        game.accept(answer(game, "p1", "A"));

        var events = game.accept(answer(game, "p2", "B"));

        // The reveal scores both answers in the same step, the wrong one with zero points.
        assertThat(events)
                .containsExactly(
                        new AnswerSubmitted("p2", "q1", "B", 0, RoundMode.CLASSIC, true),
                        new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.ANSWERED),
                        new ScoreUpdated("p1", "g-1:7", 0, 0, ScoreUpdated.Reason.CLASSIC_WRONG, 0),
                        new ScoreUpdated("p2", "g-1:8", 1000, 1000, ScoreUpdated.Reason.CLASSIC_CORRECT, 1));
        assertThat(game.state().phase()).isEqualTo(GamePhase.INTERMISSION);
        assertThat(game.reject(answer(game, "p1", "B"))).isEqualTo(Rejection.NO_OPEN_QUESTION);
    }

    @Test
    void theDeadlineTimerRevealsWithTimeUp() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);

        assertThat(game.fireDeadline())
                .containsExactly(new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.TIME_UP));
    }

    @Test
    void theHostMovesOnOnlyAfterTheReveal() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);
        assertThat(game.reject(new ShowNextQuestion(HOST))).isEqualTo(Rejection.QUESTION_STILL_OPEN);
        game.accept(answer(game, "p1", "B"));
        assertThat(game.reject(new ShowNextQuestion("p1"))).isEqualTo(Rejection.NOT_THE_HOST);

        var events = game.accept(new ShowNextQuestion(HOST));

        assertThat(events).singleElement().isInstanceOf(QuestionShown.class);
        assertThat(game.questionId()).isEqualTo("q2");
    }

    @Test
    void theLastQuestionEndsTheRoundAndTheNextStepStartsTheNextRound() {
        Games game = Games.started(settings(RoundMode.CLASSIC, RoundMode.BUZZER), 1);
        game.accept(answer(game, "p1", "B"));
        game.accept(new ShowNextQuestion(HOST));

        var closing = game.accept(answer(game, "p1", "B"));
        var next = game.accept(new ShowNextQuestion(HOST));

        assertThat(closing).last().isEqualTo(new RoundEnded(1));
        assertThat(game.state().round()).isEqualTo(2);
        assertThat(next.getFirst()).isEqualTo(new RoundStarted(2, RoundMode.BUZZER, 2));
        assertThat(game.questionId()).isEqualTo("q3");
    }

    @Test
    void theStepAfterTheLastRoundCompletesTheGame() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);
        game.accept(answer(game, "p1", "B"));
        game.accept(new ShowNextQuestion(HOST));
        game.accept(answer(game, "p1", "B"));

        assertThat(game.accept(new ShowNextQuestion(HOST))).containsExactly(new GameEnded(GameEnded.Reason.COMPLETED));
    }

    @Test
    void theHostSkipsAnOpenQuestionOnly() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);
        assertThat(game.reject(new SkipQuestion("p1"))).isEqualTo(Rejection.NOT_THE_HOST);

        assertThat(game.accept(new SkipQuestion(HOST)))
                .containsExactly(new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.SKIPPED));
        assertThat(game.reject(new SkipQuestion(HOST))).isEqualTo(Rejection.NO_OPEN_QUESTION);
    }

    @Test
    void withAutoAdvanceTheGameMovesOnByItself() {
        Games game = Games.started(settings(Duration.ofSeconds(3), RoundMode.CLASSIC), 1);
        game.accept(answer(game, "p1", "B"));

        Deadline advance = game.state().pendingDeadline().orElseThrow();

        assertThat(advance.kind()).isEqualTo(Deadline.Kind.ADVANCE);
        assertThat(advance.dueAt()).isEqualTo(game.now().plusSeconds(3));
        assertThat(game.fireDeadline()).singleElement().isInstanceOf(QuestionShown.class);
    }

    @Test
    void aLatePlayerJoinsAndAnswersTheOpenQuestion() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);
        game.accept(new JoinGame("late", "Late", null));

        assertThat(game.accept(answer(game, "late", "B"))).hasSize(1);
    }

    @Test
    void buzzingInAClassicRoundIsRejected() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);

        assertThat(game.reject(new PressBuzz("p1", game.questionId(), game.now(), 40)))
                .isEqualTo(Rejection.NOT_A_BUZZER_ROUND);
    }
}
