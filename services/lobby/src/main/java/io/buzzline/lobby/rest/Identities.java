package io.buzzline.lobby.rest;

import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.buzzline.lobby.game.LobbyProblem;
import io.buzzline.lobby.identity.PlayerClaim;
import io.buzzline.lobby.token.TokenIssuer;
import io.buzzline.security.Roles;

/**
 * Reads who a join request says it is: nobody (a new guest), the "come back as me" pair of an earlier join, or
 * an account token (profile's, after sign-in on this device) in the Authorization header.
 */
final class Identities {

    private Identities() {}

    static Optional<PlayerClaim> claimed(String playerId, String credential, JsonWebToken token) {
        boolean pair = playerId != null || credential != null;
        if (token.getRawToken() != null) {
            if (pair) {
                throw new LobbyProblem(
                        400, "conflicting-identity", "Send an account token or playerId and credential, not both.");
            }
            return Optional.of(account(token));
        }
        if (!pair) {
            return Optional.empty();
        }
        if (playerId == null || credential == null) {
            throw new LobbyProblem(400, "incomplete-identity", "Send both playerId and credential, or neither.");
        }
        return Optional.of(new PlayerClaim.Guest(playerId, credential));
    }

    /** A verified token's player, if it is an account token: a player's, naming no game. */
    private static PlayerClaim account(JsonWebToken token) {
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        if (!groups.contains(Roles.PLAYER) || token.getClaim(TokenIssuer.GAME_CLAIM) != null) {
            throw new LobbyProblem(
                    403,
                    "not-an-account-token",
                    "Only an account token (from signing in to your profile) joins as a known player; a game's"
                            + " token joins nothing else.");
        }
        return new PlayerClaim.Account(token.getSubject());
    }
}
