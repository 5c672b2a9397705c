package io.buzzline.engine;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.RecordScore;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LeaderboardTest {

    @Test
    void highestTotalFirstAndEqualTotalsRankedByWhoGotThereFirst() {
        Games game = Games.started(Games.settings(RoundMode.CLASSIC), 4);
        game.accept(new RecordScore("p3", "e1", 500, 500, "CORRECT"));
        game.accept(new RecordScore("p1", "e2", 800, 800, "CORRECT"));
        game.accept(new RecordScore("p2", "e3", 500, 500, "CORRECT"));

        assertThat(Leaderboard.players(game.state()))
                .extracting(Leaderboard.Standing::id, Leaderboard.Standing::rank, Leaderboard.Standing::total)
                .containsExactly(tuple("p1", 1, 800L), tuple("p3", 2, 500L), tuple("p2", 2, 500L), tuple("p4", 4, 0L));
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
        game.accept(new JoinGame("a1", "A1", "red"));
        game.accept(new JoinGame("a2", "A2", "red"));
        game.accept(new JoinGame("b1", "B1", "blue"));
        game.accept(new RecordScore("a1", "e1", 300, 300, "CORRECT"));
        game.accept(new RecordScore("a2", "e2", 300, 300, "CORRECT"));
        game.accept(new RecordScore("b1", "e3", 500, 500, "CORRECT"));

        assertThat(Leaderboard.teams(game.state()))
                .containsExactly(
                        new Leaderboard.Standing(1, "red", "red", 600),
                        new Leaderboard.Standing(2, "blue", "blue", 500));
    }
}
