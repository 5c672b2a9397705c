package io.buzzline.engine;

import java.time.Instant;

import io.buzzline.commands.JoinGame;
import io.buzzline.commands.KickPlayer;
import io.buzzline.commands.LeaveGame;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;

import static io.buzzline.engine.Decision.reject;

/** Who is in the game (join, leave, kick). Players may join a running game. */
final class MembershipRules {

    private MembershipRules() {}

    static Decision join(GameState state, JoinGame command, Instant now) {
        Player known = state.players().get(command.playerId());
        if (known != null && known.active()) {
            return reject(Rejection.ALREADY_JOINED);
        }
        if (known != null && known.status() == Player.Status.KICKED) {
            return reject(Rejection.PLAYER_KICKED);
        }
        if (state.activePlayers() >= state.settings().maxPlayers()) {
            return reject(Rejection.GAME_FULL);
        }
        if (state.settings().teamPlay() && command.teamId() == null) {
            return reject(Rejection.TEAM_REQUIRED);
        }
        if (!state.settings().teamPlay() && command.teamId() != null) {
            return reject(Rejection.TEAMS_DISABLED);
        }
        return Emitter.single(state, now, new PlayerJoined(command.playerId(), command.nickname(), command.teamId()));
    }

    static Decision leave(GameState state, LeaveGame command, Instant now) {
        if (!state.isActivePlayer(command.playerId())) {
            return reject(Rejection.NOT_A_PLAYER);
        }
        return Emitter.single(state, now, new PlayerLeft(command.playerId(), PlayerLeft.Reason.LEFT));
    }

    static Decision kick(GameState state, KickPlayer command, Instant now) {
        if (!state.isHost(command.hostId())) {
            return reject(Rejection.NOT_THE_HOST);
        }
        if (!state.isActivePlayer(command.playerId())) {
            return reject(Rejection.NOT_A_PLAYER);
        }
        return Emitter.single(state, now, new PlayerLeft(command.playerId(), PlayerLeft.Reason.KICKED));
    }
}
