package io.buzzline.lobby.rest;

import java.util.Optional;

import io.buzzline.lobby.game.LobbyProblem;
import io.buzzline.lobby.identity.GuestIdentity;

/** Reads the optional "come back as me" pair of a join request. */
final class Identities {

    private Identities() {}

    static Optional<GuestIdentity> claimed(String playerId, String credential) {
        if (playerId == null && credential == null) {
            return Optional.empty();
        }
        if (playerId == null || credential == null) {
            throw new LobbyProblem(400, "incomplete-identity", "Send both playerId and credential, or neither.");
        }
        return Optional.of(new GuestIdentity(playerId, credential));
    }
}
