package io.buzzline.lobby.config;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.buzzline.lobby.code.JoinCodes;
import io.buzzline.lobby.nickname.Blocklist;
import io.buzzline.lobby.nickname.NicknamePolicy;
import io.buzzline.security.ServiceCredentials;
import io.buzzline.security.ServiceTokens;

/** Wires the plain-Java lobby rules (nicknames, join codes) into CDI. */
@ApplicationScoped
public class LobbyProducers {

    @Produces
    @ApplicationScoped
    NicknamePolicy nicknamePolicy(LobbyConfig config) {
        return new NicknamePolicy(Blocklist.load(config.nicknames().blocklistLanguages()));
    }

    /** The lobby's credential towards content (pack orders), as configured under {@code buzzline.service-token}. */
    @Produces
    @Singleton
    ServiceCredentials serviceCredentials(LobbyConfig config, Clock clock) {
        LobbyConfig.ServiceToken token = config.serviceToken();
        return new ServiceCredentials(
                Path.of(token.keyLocation()),
                token.keyId(),
                new ServiceTokens.Settings(
                        config.tokens().issuer(), config.tokens().audience(), "buzzline-lobby", token.ttl()),
                clock);
    }

    @Produces
    @ApplicationScoped
    JoinCodes joinCodes() {
        // Codes are guessable only by brute force if their source is not predictable.
        return new JoinCodes(new SecureRandom());
    }
}
