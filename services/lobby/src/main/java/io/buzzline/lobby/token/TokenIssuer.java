package io.buzzline.lobby.token;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.buzzline.lobby.config.LobbyConfig;

/**
 * Signs the tokens the gateway verifies: subject = player (or host, or spectator) id, {@code gid} = game
 * id, {@code groups} = role, {@code nick} = nickname; issuer, audience, key id and expiry from {@link
 * LobbyConfig}. RS256 with a {@code kid}, so verifiers holding old and new keys during a rollover pick the
 * right one (docs/security.md).
 *
 * <p>The private key is read once, at start-up: {@code Jwt...sign()} without a key re-reads and
 * re-parses the PEM file on every call, which a profile of the join benchmark showed as a tenth of
 * the service's CPU. A rotated key therefore needs a restart (a new revision, under Knative).
 */
@Startup
@ApplicationScoped
public class TokenIssuer {

    /** Claim holding the game the token admits to. */
    public static final String GAME_CLAIM = "gid";
    /** Claim holding the nickname shown for the subject. */
    public static final String NICKNAME_CLAIM = "nick";

    private final LobbyConfig config;
    private final Clock clock;
    private final PrivateKey signingKey;

    public TokenIssuer(
            LobbyConfig config,
            Clock clock,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") String signingKeyLocation) {
        this.config = config;
        this.clock = clock;
        this.signingKey = readKey(signingKeyLocation);
    }

    public IssuedToken issue(String gameId, String subjectId, Role role, String nickname) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.tokens().ttl());
        String token = Jwt.issuer(config.tokens().issuer())
                .audience(config.tokens().audience())
                .subject(subjectId)
                .upn(subjectId)
                .groups(Set.of(role.group()))
                .claim(GAME_CLAIM, gameId)
                .claim(NICKNAME_CLAIM, nickname)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .jws()
                .keyId(config.tokens().keyId())
                .sign(signingKey);
        return new IssuedToken(token, expiresAt);
    }

    /** Reads the PEM key the way smallrye-jwt would (file system or class path). */
    private static PrivateKey readKey(String location) {
        try {
            return KeyUtils.decodePrivateKey(ResourceUtils.readResource(location.trim()));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("cannot read the token signing key at " + location, e);
        }
    }

    /** A signed token and when it stops being accepted. */
    public record IssuedToken(String token, Instant expiresAt) {}
}
