package io.buzzline.gateway.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.buzzline.security.JwtSigner;
import io.buzzline.security.Roles;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key rollover as docs/security.md runs it: the verifiers' JWKS lists the old and the new key, the lobby
 * switches to the new kid, tokens of both verify until the old ones expire, then the old key leaves the set
 * and its tokens stop verifying.
 */
class KeyRolloverTest {

    @TempDir
    Path dir;

    @Test
    void bothKeysVerifyDuringTheRolloverAndOnlyTheNewOneAfter() throws Exception {
        KeyPair old = TokenKeysTestResource.generate();
        KeyPair next = TokenKeysTestResource.generate();
        String oldToken = token(old, "token-1");
        String newToken = token(next, "token-2");

        TokenVerifier during = verifier(Map.of("token-1", old, "token-2", next));
        assertThat(during.verify(oldToken)).isPresent();
        assertThat(during.verify(newToken)).isPresent();

        TokenVerifier after = verifier(Map.of("token-2", next));
        assertThat(after.verify(oldToken)).isEmpty();
        assertThat(after.verify(newToken)).isPresent();
    }

    private TokenVerifier verifier(Map<String, KeyPair> trusted) throws Exception {
        Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
        trusted.forEach((kid, pair) -> keys.put(kid, (RSAPublicKey) pair.getPublic()));
        Path jwks = Files.writeString(dir.resolve("keys-" + keys.size() + ".jwks"), TokenKeysTestResource.jwks(keys));
        // As application.properties configures it: mp.jwt.verify.publickey.location/.algorithm/issuer/audiences.
        JWTAuthContextInfo info = new JWTAuthContextInfo(jwks.toString(), TokenKeysTestResource.ISSUER);
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setExpectedAudience(Set.of(TokenKeysTestResource.AUDIENCE));
        return new TokenVerifier(new DefaultJWTParser(info));
    }

    private static String token(KeyPair key, String kid) {
        long now = System.currentTimeMillis() / 1000;
        return new JwtSigner(key.getPrivate(), kid)
                .sign(Map.of(
                        "iss",
                        TokenKeysTestResource.ISSUER,
                        "aud",
                        TokenKeysTestResource.AUDIENCE,
                        "sub",
                        "p-1",
                        "groups",
                        java.util.List.of(Roles.PLAYER),
                        "gid",
                        "g-1",
                        "iat",
                        now,
                        "exp",
                        now + 600));
    }
}
