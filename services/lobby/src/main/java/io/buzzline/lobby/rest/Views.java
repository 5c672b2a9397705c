package io.buzzline.lobby.rest;

import io.buzzline.lobby.game.JoinedGame;
import io.buzzline.lobby.game.LobbyGame;
import io.buzzline.lobby.rest.GameApi.GameView;
import io.buzzline.lobby.rest.GameApi.JoinResponse;

/** Domain results → API bodies. */
final class Views {

    private Views() {}

    static GameView of(LobbyGame game) {
        return new GameView(
                game.gameId(),
                game.joinCode(),
                game.status().name(),
                game.publicGame(),
                game.language(),
                game.categories(),
                game.players(),
                game.maxPlayers(),
                game.lateJoin(),
                game.createdAt());
    }

    static JoinResponse of(JoinedGame joined) {
        return new JoinResponse(
                joined.gameId(),
                joined.identity().playerId(),
                joined.identity().credential(),
                joined.nickname(),
                joined.rejoined(),
                joined.playerToken().token(),
                joined.playerToken().expiresAt());
    }
}
