package io.buzzline.lobby.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.build.Jwt;

import io.buzzline.lobby.config.LobbyConfig;

/**
 * Signs the tokens the gateway verifies: subject = player (or host) id, {@code gid} = game id,
 * {@code groups} = role, {@code nick} = nickname, issuer and expiry from {@link LobbyConfig}.
 */
@ApplicationScoped
public class TokenIssuer {

    /** Claim holding the game the token admits to. */
    public static final String GAME_CLAIM = "gid";
    /** Claim holding the nickname shown for the subject. */
    public static final String NICKNAME_CLAIM = "nick";

    private final LobbyConfig config;
    private final Clock clock;

    public TokenIssuer(LobbyConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public IssuedToken issue(String gameId, String subjectId, Role role, String nickname) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.tokens().ttl());
        String token = Jwt.issuer(config.tokens().issuer())
                .subject(subjectId)
                .upn(subjectId)
                .groups(Set.of(role.group()))
                .claim(GAME_CLAIM, gameId)
                .claim(NICKNAME_CLAIM, nickname)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign();
        return new IssuedToken(token, expiresAt);
    }

    /** A signed token and when it stops being accepted. */
    public record IssuedToken(String token, Instant expiresAt) {}
}
