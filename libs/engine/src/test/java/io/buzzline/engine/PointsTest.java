package io.buzzline.engine;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.EndGame;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.GameEnded;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.rules.RulesVersion;

import static io.buzzline.engine.Games.HOST;
import static io.buzzline.engine.Games.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Points computed in the decision that reveals, by the rules frozen at GAME_CREATED (1000 possible, 20 s). */
class PointsTest {

    private static SubmitAnswer answer(Games game, String playerId, String choice) {
        return new SubmitAnswer(playerId, game.questionId(), choice, game.now());
    }

    @Test
    void theRulesAreFrozenAtGameCreated() {
        Games game = Games.lobby(settings(RoundMode.CLASSIC), 1);

        assertThat(game.state().rules().version()).isEqualTo(RulesVersion.V1);
        assertThat(game.state().rules().round(1).pointsPossible()).isEqualTo(1000);
    }

    @Test
    void aStreakRunsOverConsecutiveQuestionsAndTheLastRevealEndsTheRoundAfterItsScores() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);
        game.advanceMillis(5_000);
        game.accept(answer(game, "p1", "B"));
        game.accept(new ShowNextQuestion(HOST));
        game.advanceMillis(10_000);

        var events = game.accept(answer(game, "p1", "B"));

        // 750 speed points at 10 s, +100 for the 2nd correct answer in a row.
        assertThat(events.subList(1, events.size()))
                .containsExactly(
                        new AnswerRevealed(1, 2, "q2", "B", AnswerRevealed.Reason.ANSWERED),
                        new ScoreUpdated("p1", "g-1:10", 850, 1725, ScoreUpdated.Reason.CLASSIC_STREAK, 2),
                        new RoundEnded(1));
        assertThat(game.state().player("p1").orElseThrow().total()).isEqualTo(875 + 850);
    }

    @Test
    void aSkipScoresTheAnswersAlreadyGiven() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);
        game.accept(answer(game, "p1", "B"));

        assertThat(game.accept(new SkipQuestion(HOST)))
                .containsExactly(
                        new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.SKIPPED),
                        new ScoreUpdated("p1", "g-1:7", 1000, 1000, ScoreUpdated.Reason.CLASSIC_CORRECT, 1));
    }

    @Test
    void aHostWhoEndsTheGameTheInstantTheLastRevealIsInLosesNoPoints() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);
        game.accept(answer(game, "p1", "B"));
        game.accept(answer(game, "p2", "A"));
        game.accept(new ShowNextQuestion(HOST));
        game.accept(answer(game, "p1", "B"));
        game.accept(answer(game, "p2", "B"));

        assertThat(game.accept(new ShowNextQuestion(HOST))).containsExactly(new GameEnded(GameEnded.Reason.COMPLETED));
        assertThat(Leaderboard.players(game.state()))
                .extracting(Leaderboard.Standing::id, Leaderboard.Standing::total)
                .containsExactly(tuple("p1", 2100L), tuple("p2", 1000L));
    }

    @Test
    void answersToAQuestionEndedUnrevealedEarnNothing() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);
        game.accept(answer(game, "p1", "B"));

        assertThat(game.accept(new EndGame(HOST))).containsExactly(new GameEnded(GameEnded.Reason.ENDED_BY_HOST));
        assertThat(game.state().player("p1").orElseThrow().total()).isZero();
    }

    @Test
    void aBuzzerQuestionBreaksAClassicStreak() {
        Games game = Games.started(settings(RoundMode.CLASSIC, RoundMode.BUZZER, RoundMode.CLASSIC), 1);
        game.accept(answer(game, "p1", "B"));
        game.accept(new ShowNextQuestion(HOST));
        game.accept(answer(game, "p1", "B"));
        for (int buzzerQuestion = 0; buzzerQuestion < 2; buzzerQuestion++) {
            game.accept(new ShowNextQuestion(HOST));
            game.fireDeadline();
        }
        game.accept(new ShowNextQuestion(HOST));

        var events = game.accept(answer(game, "p1", "B"));

        assertThat(events)
                .filteredOn(ScoreUpdated.class::isInstance)
                .singleElement()
                .satisfies(e -> {
                    ScoreUpdated score = (ScoreUpdated) e;
                    assertThat(score.reason()).isEqualTo(ScoreUpdated.Reason.CLASSIC_CORRECT);
                    assertThat(score.streak()).isEqualTo(1);
                });
    }
}
