package io.buzzline.e2e.support;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.buzzline.security.JwtSigner;
import io.buzzline.security.RsaKeys;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * Tokens signed with the run's keys, unprefixed: a game's player, host or spectator token as the lobby
 * signs it (token key), and an editor's, operator's or service's as scripts/token signs it (service key).
 * libs/testing's TestTokens does the same from a Quarkus test's configuration, which e2e has not.
 */
public final class Tokens {

    private final JwtSigner gameSigner;
    private final JwtSigner staffSigner;

    Tokens(Infrastructure infrastructure) {
        this.gameSigner = new JwtSigner(
                RsaKeys.privateKey(Path.of(infrastructure.privateKey())), TokenKeysTestResource.TOKEN_KEY_ID);
        this.staffSigner = new JwtSigner(
                RsaKeys.privateKey(Path.of(infrastructure.servicePrivateKey())), TokenKeysTestResource.SERVICE_KEY_ID);
    }

    /** A token of {@code role} (editor, operator, service) for {@code subject}, valid ten minutes. */
    public String staff(String role, String subject) {
        return staffSigner.sign(claims(subject, role));
    }

    /** A token of {@code role} (player, host, spectator) in game {@code gameId}, as the lobby issues it. */
    public String game(String role, String gameId, String subject) {
        Map<String, Object> claims = claims(subject, role);
        claims.put("gid", gameId);
        claims.put("nick", subject);
        return gameSigner.sign(claims);
    }

    private static Map<String, Object> claims(String subject, String role) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", TokenKeysTestResource.ISSUER);
        claims.put("aud", TokenKeysTestResource.AUDIENCE);
        claims.put("sub", subject);
        claims.put("groups", List.of(role));
        claims.put("iat", now);
        claims.put("exp", now + 600);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }
}
