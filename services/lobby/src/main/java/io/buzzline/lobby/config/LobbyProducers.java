package io.buzzline.lobby.config;

import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.buzzline.lobby.code.JoinCodes;
import io.buzzline.lobby.nickname.Blocklist;
import io.buzzline.lobby.nickname.NicknamePolicy;

/** Wires the plain-Java lobby rules (nicknames, join codes) into CDI. */
@ApplicationScoped
public class LobbyProducers {

    @Produces
    @ApplicationScoped
    NicknamePolicy nicknamePolicy(LobbyConfig config) {
        return new NicknamePolicy(Blocklist.load(config.nicknames().blocklistLanguages()));
    }

    @Produces
    @ApplicationScoped
    JoinCodes joinCodes() {
        // Codes are guessable only by brute force if their source is not predictable.
        return new JoinCodes(new SecureRandom());
    }
}
