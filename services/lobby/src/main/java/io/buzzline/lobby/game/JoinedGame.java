package io.buzzline.lobby.game;

import io.buzzline.lobby.identity.GuestIdentity;
import io.buzzline.lobby.token.TokenIssuer.IssuedToken;

/**
 * The result of a join: the player's identity (with its credential only when it was created by
 * this join), the nickname in the game, whether it was a rejoin, and the player token.
 */
public record JoinedGame(
        String gameId, GuestIdentity identity, String nickname, boolean rejoined, IssuedToken playerToken) {}
