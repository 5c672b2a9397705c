package io.buzzline.engine;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LeaderboardTest {

    private static SubmitAnswer answer(Games game, String playerId, String choice) {
        return new SubmitAnswer(playerId, game.questionId(), choice, game.now());
    }

    @Test
    void highestTotalFirstAndEqualTotalsRankedByWhoGotThereFirst() {
        Games game = Games.started(Games.settings(RoundMode.CLASSIC), 4);
        game.accept(answer(game, "p1", "B"));
        game.advanceMillis(5_000);
        // Same response time, same points: the reveal scores p3 first because p3 answered first.
        game.accept(answer(game, "p3", "B"));
        game.accept(answer(game, "p2", "B"));
        game.accept(answer(game, "p4", "A"));

        assertThat(Leaderboard.players(game.state()))
                .extracting(Leaderboard.Standing::id, Leaderboard.Standing::rank, Leaderboard.Standing::total)
                .containsExactly(tuple("p1", 1, 1000L), tuple("p3", 2, 875L), tuple("p2", 2, 875L), tuple("p4", 4, 0L));
    }

    @Test
    void teamTotalsAreTheSumOfTheirMembers() {
        var settings = new GameSettings(
                List.of(new RoundSettings(RoundMode.CLASSIC, 1, Duration.ofSeconds(5))),
                10,
                true,
                "en",
                Games.PACK_ID,
                Duration.ZERO,
                BuzzerSettings.DEFAULT,
                StreakBonus.OFF);
        Games game = Games.fresh();
        game.accept(new CreateGame(Games.HOST, settings));
        game.accept(new LoadQuestions(Games.pack(1)));
        game.accept(new JoinGame("a1", "A1", "red"));
        game.accept(new JoinGame("a2", "A2", "red"));
        game.accept(new JoinGame("b1", "B1", "blue"));
        game.accept(new StartGame(Games.HOST));
        game.accept(answer(game, "a1", "B")); // 0 s of 5: 1000
        game.advanceMillis(2_500);
        game.accept(answer(game, "b1", "B")); // 2.5 s: round((1 - 0.5 / 2) * 1000) = 750
        game.advanceMillis(2_500);
        game.accept(answer(game, "a2", "B")); // at the deadline: 500

        assertThat(Leaderboard.teams(game.state()))
                .containsExactly(
                        new Leaderboard.Standing(1, "red", "red", 1500),
                        new Leaderboard.Standing(2, "blue", "blue", 750));
    }
}
