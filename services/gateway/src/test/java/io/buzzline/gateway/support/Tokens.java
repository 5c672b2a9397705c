package io.buzzline.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

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
        return claims(gameId, subject, group, nickname)
                .jws()
                .keyId(TokenKeysTestResource.TOKEN_KEY_ID)
                .sign();
    }

    /** Signs with the private key in PEM file {@code privateKey}, for tests outside a Quarkus application. */
    public static String signed(Path privateKey, String gameId, String subject, String group, String nickname) {
        return claims(gameId, subject, group, nickname)
                .jws()
                .keyId(TokenKeysTestResource.TOKEN_KEY_ID)
                .sign(read(privateKey));
    }

    private static JwtClaimsBuilder claims(String gameId, String subject, String group, String nickname) {
        return Jwt.issuer(TokenKeysTestResource.ISSUER)
                .audience(TokenKeysTestResource.AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(group))
                .claim("gid", gameId)
                .claim("nick", nickname)
                .expiresIn(600);
    }

    private static PrivateKey read(Path pem) {
        try {
            String body =
                    Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA private key: " + pem, e);
        }
    }
}
