package io.buzzline.lobby.game;

import io.buzzline.lobby.token.TokenIssuer.IssuedToken;

/** The result of creating a game: its id, join code and the host's token. */
public record CreatedGame(LobbyGame game, String hostId, IssuedToken hostToken) {}
