package io.buzzline.engine;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.LeaveGame;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.RoundMode;
import io.buzzline.events.ScoreUpdated;

import static io.buzzline.engine.Games.HOST;
import static io.buzzline.engine.Games.settings;
import static org.assertj.core.api.Assertions.assertThat;

class BuzzerRoundTest {

    private static PressBuzz buzz(Games game, String playerId, Instant receivedAt, long rtt) {
        return new PressBuzz(playerId, game.questionId(), receivedAt, rtt);
    }

    private static PressBuzz buzz(Games game, String playerId) {
        return buzz(game, playerId, game.now(), 0);
    }

    private static SubmitAnswer answer(Games game, String playerId, String answer) {
        return new SubmitAnswer(playerId, game.questionId(), answer, game.now());
    }

    /** A BUZZER game whose first question is open with {@code players} players, 1 s after showing. */
    private static Games buzzerGame(int players) {
        return Games.started(settings(RoundMode.BUZZER), players).advanceMillis(1_000);
    }

    @Test
    void theFirstBuzzOpensTheCollectionWindowWithItsOneWayCredit() {
        Games game = buzzerGame(3);

        var events = game.accept(buzz(game, "p1", game.now(), 80));

        assertThat(events).containsExactly(new BuzzPressed("p1", "q1", game.now(), 40));
        assertThat(game.state().phase()).isEqualTo(GamePhase.BUZZ_WINDOW);
        Deadline window = game.state().pendingDeadline().orElseThrow();
        assertThat(window.kind()).isEqualTo(Deadline.Kind.BUZZ_WINDOW);
        assertThat(window.dueAt()).isEqualTo(game.now().plusMillis(300));
    }

    @Test
    void theOneWayCreditIsCapped() {
        Games game = buzzerGame(2);

        var events = game.accept(buzz(game, "p1", game.now(), 900));

        assertThat(((BuzzPressed) events.getFirst()).oneWayEstimateMillis()).isEqualTo(150);
    }

    @Test
    void theEarliestEstimatedSendTimeWinsNotTheFirstArrival() {
        Games game = buzzerGame(3);
        Instant t = game.now();
        game.accept(buzz(game, "p1", t, 20)); // near: sent at about t - 10 ms
        game.accept(buzz(game, "p2", t.plusMillis(100), 260)); // far: sent at about t - 30 ms

        var events = game.fireDeadline();

        assertThat(events).singleElement().isInstanceOfSatisfying(BuzzerAwarded.class, awarded -> {
            assertThat(awarded.playerId()).isEqualTo("p2");
            assertThat(awarded.answerDueAt()).isEqualTo(game.now().plus(Games.BUZZ_ANSWER_LIMIT));
        });
        assertThat(game.state().phase()).isEqualTo(GamePhase.BUZZ_ANSWERING);
    }

    @Test
    void aPlayerTheFanOutReachedLateIsRankedFromWhenTheGatewayWroteTheQuestionToThem() {
        Games game = Games.started(settings(RoundMode.BUZZER), 3);
        Instant opensAt = game.now();
        // Same 40 ms round trip. p1's question was written at once, p2's 150 ms later (its place in a big
        // fan-out). p1 reacted in 500 ms, p2 in 400 ms: p2 arrives 50 ms after p1, yet reacted faster.
        var p1 = new PressBuzz("p1", game.questionId(), opensAt.plusMillis(540), 40, opensAt);
        var p2 = new PressBuzz("p2", game.questionId(), opensAt.plusMillis(590), 40, opensAt.plusMillis(150));
        game.advanceMillis(540);
        assertThat(game.accept(p1)).containsExactly(new BuzzPressed("p1", "q1", opensAt.plusMillis(540), 20, 0));
        game.advanceMillis(50);
        assertThat(game.accept(p2)).containsExactly(new BuzzPressed("p2", "q1", opensAt.plusMillis(590), 20, 150));

        var events = game.fireDeadline();

        assertThat(events).singleElement().isInstanceOfSatisfying(BuzzerAwarded.class, awarded -> assertThat(
                        awarded.playerId())
                .isEqualTo("p2"));
    }

    @Test
    void aBuzzSentBeforeTheGatewayWroteTheQuestionToThatPlayerIsTooEarly() {
        Games game = Games.started(settings(RoundMode.BUZZER), 2);
        Instant opensAt = game.now();
        // Written to p1 200 ms after opening; received 250 ms after opening over a 100 ms round trip: sent
        // at about 200 ms, before the question could have reached the screen (about 250 ms).
        var tooEarly = new PressBuzz("p1", game.questionId(), opensAt.plusMillis(250), 100, opensAt.plusMillis(200));
        game.advanceMillis(250);
        assertThat(game.reject(tooEarly)).isEqualTo(Rejection.BUZZ_BEFORE_SHOWN);
        // Unstamped, the same buzz looks 150 ms into the question and is taken.
        assertThat(game.accept(new PressBuzz("p1", game.questionId(), opensAt.plusMillis(250), 100)))
                .hasSize(1);
    }

    @Test
    void equalEstimatesAreBrokenTheSameWayEveryTime() {
        var a = new BuzzPressed("p1", "q1", Instant.EPOCH, 10);
        var b = new BuzzPressed("p2", "q1", Instant.EPOCH, 10);

        assertThat(FairBuzzer.ranksBefore(a, b)).isNotEqualTo(FairBuzzer.ranksBefore(b, a));
        var lessCredit = new BuzzPressed("p3", "q1", Instant.EPOCH.minusMillis(10), 5);
        assertThat(FairBuzzer.ranksBefore(lessCredit, a)).isTrue();
    }

    @Test
    void aDuplicateBuzzIsRejected() {
        Games game = buzzerGame(2);
        game.accept(buzz(game, "p1"));

        assertThat(game.reject(buzz(game, "p1"))).isEqualTo(Rejection.DUPLICATE_BUZZ);
    }

    @Test
    void aBuzzArrivingAfterTheWindowIsRejected() {
        Games game = buzzerGame(3);
        game.accept(buzz(game, "p1"));

        assertThat(game.reject(buzz(game, "p2", game.now().plusMillis(301), 0))).isEqualTo(Rejection.WINDOW_CLOSED);
        game.fireDeadline();
        assertThat(game.reject(buzz(game, "p2"))).isEqualTo(Rejection.WINDOW_CLOSED);
    }

    @Test
    void aBuzzSentBeforeTheQuestionWasShownIsRejected() {
        Games game = Games.started(settings(RoundMode.BUZZER), 2);
        // Received 80 ms after opening over a 100 ms round trip: pressed 20 ms before it reached them.
        var tooEarly = buzz(game, "p1", game.now().plusMillis(80), 100);

        assertThat(game.reject(tooEarly)).isEqualTo(Rejection.BUZZ_BEFORE_SHOWN);
    }

    @Test
    void buzzesFromStrangersForOtherQuestionsOrAfterTheDeadlineAreRejected() {
        Games game = buzzerGame(2);

        assertThat(game.reject(buzz(game, "stranger"))).isEqualTo(Rejection.NOT_A_PLAYER);
        assertThat(game.reject(new PressBuzz("p1", "q2", game.now(), 0))).isEqualTo(Rejection.WRONG_QUESTION);
        assertThat(game.reject(buzz(game, "p1", game.now().plus(Games.TIME_LIMIT), 0)))
                .isEqualTo(Rejection.AFTER_DEADLINE);
    }

    @Test
    void aCorrectAnswerFromTheWinnerRevealsPublicly() {
        Games game = buzzerGame(2);
        game.accept(buzz(game, "p1"));
        game.fireDeadline();

        var events = game.accept(answer(game, "p1", "B"));

        assertThat(events.getFirst()).isInstanceOfSatisfying(AnswerSubmitted.class, a -> {
            assertThat(a.correct()).isTrue();
            assertThat(a.visibility().visibleToPlayer("p2")).isTrue();
        });
        assertThat(events.subList(1, events.size()))
                .containsExactly(
                        new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.ANSWERED),
                        new ScoreUpdated("p1", "g-1:9", 1000, 1000, ScoreUpdated.Reason.BUZZER_CORRECT, 0));
    }

    @Test
    void aWrongAnswerLocksTheWinnerOutAndReopensForTheOthers() {
        Games game = buzzerGame(3);
        game.accept(buzz(game, "p1"));
        game.fireDeadline();

        var events = game.accept(answer(game, "p1", "A"));

        // The penalty is known at the verdict and tells nothing of the key: it is logged with it.
        assertThat(events.subList(1, events.size()))
                .containsExactly(
                        new ScoreUpdated("p1", "g-1:10", -200, -200, ScoreUpdated.Reason.BUZZER_WRONG, 0),
                        new BuzzerReopened("p1", "q1", BuzzerReopened.Reason.WRONG_ANSWER));
        assertThat(game.state().phase()).isEqualTo(GamePhase.QUESTION_OPEN);
        assertThat(game.reject(buzz(game, "p1"))).isEqualTo(Rejection.LOCKED_OUT);
        assertThat(game.reject(answer(game, "p1", "B"))).isEqualTo(Rejection.LOCKED_OUT);
        assertThat(game.accept(buzz(game, "p2"))).hasSize(1);
    }

    @Test
    void onlyTheWinnerAnswersAndOnlyInTime() {
        Games game = buzzerGame(2);
        assertThat(game.reject(answer(game, "p1", "B"))).isEqualTo(Rejection.NOT_YOUR_TURN);
        game.accept(buzz(game, "p1"));
        game.fireDeadline();

        assertThat(game.reject(answer(game, "p2", "B"))).isEqualTo(Rejection.NOT_YOUR_TURN);
        var late = new SubmitAnswer(
                "p1",
                game.questionId(),
                "B",
                game.now().plus(Games.BUZZ_ANSWER_LIMIT).plusMillis(1));
        assertThat(game.reject(late)).isEqualTo(Rejection.AFTER_DEADLINE);
    }

    @Test
    void aWinnerWhoRunsOutOfTimeIsLockedOut() {
        Games game = buzzerGame(2);
        game.accept(buzz(game, "p1"));
        game.fireDeadline();

        assertThat(game.fireDeadline())
                .containsExactly(new BuzzerReopened("p1", "q1", BuzzerReopened.Reason.TIMED_OUT));
    }

    @Test
    void theQuestionClosesWhenEveryActivePlayerIsLockedOut() {
        Games game = buzzerGame(2);
        game.accept(new LeaveGame("p2"));
        game.accept(buzz(game, "p1"));
        game.fireDeadline();

        var events = game.accept(answer(game, "p1", "C"));

        assertThat(events).last().isEqualTo(new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.NO_ONE_LEFT));
    }

    @Test
    void aReopenAfterTheTimeLimitClosesTheQuestion() {
        Games game = buzzerGame(3);
        game.advance(Games.TIME_LIMIT.minusMillis(1_100));
        game.accept(buzz(game, "p1"));
        game.fireDeadline();
        game.advanceMillis(500);

        var events = game.accept(answer(game, "p1", "A"));

        assertThat(events).last().isEqualTo(new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.TIME_UP));
    }

    @Test
    void aBuzzerQuestionNobodyBuzzesClosesAtItsTimeLimit() {
        Games game = buzzerGame(2);

        assertThat(game.fireDeadline())
                .containsExactly(new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.TIME_UP));
        assertThat(game.accept(new ShowNextQuestion(HOST))).hasSize(1);
    }
}
