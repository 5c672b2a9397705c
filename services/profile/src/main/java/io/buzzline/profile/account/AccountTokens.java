package io.buzzline.profile.account;

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

import io.buzzline.profile.config.ProfileConfig;
import io.buzzline.security.Roles;

/**
 * Signs account tokens: subject = the player, {@code groups} = {@code player}, and no game ({@code gid}): the
 * gateway admits to a game only with a token that names it, so an account token opens this service's "me"
 * operations and nothing else. Same key, issuer and audience as the lobby's game tokens (docs/security.md).
 * The key is read once, at start-up, as the lobby does (re-reading the PEM per token was a tenth of its CPU).
 */
@Startup
@ApplicationScoped
public class AccountTokens {

    private final ProfileConfig.Tokens config;
    private final Clock clock;
    private final PrivateKey signingKey;

    public AccountTokens(
            ProfileConfig config,
            Clock clock,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") String signingKeyLocation) {
        this.config = config.tokens();
        this.clock = clock;
        this.signingKey = readKey(signingKeyLocation);
    }

    public Issued issue(String playerId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.ttl());
        String token = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(playerId)
                .upn(playerId)
                .groups(Set.of(Roles.PLAYER))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .jws()
                .keyId(config.keyId())
                .sign(signingKey);
        return new Issued(token, expiresAt);
    }

    private static PrivateKey readKey(String location) {
        try {
            return KeyUtils.decodePrivateKey(ResourceUtils.readResource(location.trim()));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("cannot read the token signing key at " + location, e);
        }
    }

    /** A signed token and when it stops being accepted. */
    public record Issued(String token, Instant expiresAt) {}
}
