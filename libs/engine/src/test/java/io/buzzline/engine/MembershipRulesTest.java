package io.buzzline.engine;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.KickPlayer;
import io.buzzline.commands.LeaveGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;

import static io.buzzline.engine.Games.HOST;
import static io.buzzline.engine.Games.settings;
import static org.assertj.core.api.Assertions.assertThat;

class MembershipRulesTest {

    @Test
    void aPlayerJoinsOnce() {
        Games game = Games.lobby(settings(RoundMode.CLASSIC), 0);

        assertThat(game.accept(new JoinGame("p1", "Ada", null))).containsExactly(new PlayerJoined("p1", "Ada", null));
        assertThat(game.state().activePlayers()).isEqualTo(1);
        assertThat(game.reject(new JoinGame("p1", "Ada", null))).isEqualTo(Rejection.ALREADY_JOINED);
    }

    @Test
    void aFullGameTurnsPlayersAway() {
        var settings = new GameSettings(
                List.of(new RoundSettings(RoundMode.CLASSIC, 1, Duration.ofSeconds(5))),
                1,
                false,
                "en",
                Games.PACK_ID,
                Duration.ZERO,
                BuzzerSettings.DEFAULT,
                StreakBonus.OFF);
        Games game = Games.fresh();
        game.accept(new CreateGame(HOST, settings));
        game.accept(new JoinGame("p1", "Ada", null));

        assertThat(game.reject(new JoinGame("p2", "Grace", null))).isEqualTo(Rejection.GAME_FULL);
    }

    @Test
    void teamsAreRequiredInTeamPlayAndRefusedOtherwise() {
        var teamSettings = new GameSettings(
                List.of(new RoundSettings(RoundMode.CLASSIC, 1, Duration.ofSeconds(5))),
                10,
                true,
                "en",
                Games.PACK_ID,
                Duration.ZERO,
                BuzzerSettings.DEFAULT,
                StreakBonus.OFF);
        Games teams = Games.fresh();
        teams.accept(new CreateGame(HOST, teamSettings));
        assertThat(teams.reject(new JoinGame("p1", "Ada", null))).isEqualTo(Rejection.TEAM_REQUIRED);
        teams.accept(new JoinGame("p1", "Ada", "red"));

        Games solo = Games.lobby(settings(RoundMode.CLASSIC), 0);
        assertThat(solo.reject(new JoinGame("p1", "Ada", "red"))).isEqualTo(Rejection.TEAMS_DISABLED);
    }

    @Test
    void aPlayerWhoLeftMayRejoinButAKickedOneMayNot() {
        Games game = Games.lobby(settings(RoundMode.CLASSIC), 2);

        assertThat(game.accept(new LeaveGame("p1"))).containsExactly(new PlayerLeft("p1", PlayerLeft.Reason.LEFT));
        assertThat(game.state().activePlayers()).isEqualTo(1);
        game.accept(new JoinGame("p1", "Ada again", null));
        assertThat(game.state().activePlayers()).isEqualTo(2);

        assertThat(game.accept(new KickPlayer(HOST, "p2")))
                .containsExactly(new PlayerLeft("p2", PlayerLeft.Reason.KICKED));
        assertThat(game.reject(new JoinGame("p2", "Grace", null))).isEqualTo(Rejection.PLAYER_KICKED);
    }

    @Test
    void onlyActivePlayersLeaveOrAreKickedAndOnlyByTheHost() {
        Games game = Games.lobby(settings(RoundMode.CLASSIC), 1);

        assertThat(game.reject(new LeaveGame("nobody"))).isEqualTo(Rejection.NOT_A_PLAYER);
        assertThat(game.reject(new KickPlayer("p1", "p1"))).isEqualTo(Rejection.NOT_THE_HOST);
        assertThat(game.reject(new KickPlayer(HOST, "nobody"))).isEqualTo(Rejection.NOT_A_PLAYER);
    }

    @Test
    void aPlayerWhoLeftStillReceivesThePointsOfAnAnswerRevealedAfterwards() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 2);
        game.accept(new SubmitAnswer("p2", game.questionId(), "B", game.now()));
        game.accept(new LeaveGame("p2"));

        game.fireDeadline();

        assertThat(game.state().player("p2").orElseThrow().total()).isEqualTo(1000);
    }
}
