package io.buzzline.gateway.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

import io.buzzline.testing.tokens.TokenKeysTestResource;

/** Mints tokens as the lobby does, signed with the test run's key (TokenKeysTestResource). */
public final class Tokens {

    private Tokens() {}

    public static String player(String gameId, String playerId, String nickname) {
        return token(gameId, playerId, "player", nickname);
    }

    public static String host(String gameId, String hostId) {
        return token(gameId, hostId, "host", "Host");
    }

    public static String token(String gameId, String subject, String group, String nickname) {
        return Jwt.issuer(TokenKeysTestResource.ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(group))
                .claim("gid", gameId)
                .claim("nick", nickname)
                .expiresIn(600)
                .sign();
    }
}
