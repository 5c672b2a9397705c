package io.buzzline.lobby.game;

import io.buzzline.lobby.token.TokenIssuer;

/** A watcher's admission to one game: their id and a spectator token for the gateway. */
public record SpectatorPass(String gameId, String spectatorId, TokenIssuer.IssuedToken token) {}
