package io.buzzline.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.security.JwtSigner;
import io.buzzline.security.Roles;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's token check with the configuration it ships (application.properties): the exact compact
 * token only, RS256 only, a trusted key by kid, the platform's issuer and audience, not expired.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class TokenVerifierTest {

    @Inject
    TokenVerifier verifier;

    @Test
    void aLobbyTokenIsAccepted() {
        assertThat(verifier.verify(TestTokens.gameToken("g-1", "p-1", Roles.PLAYER)))
                .hasValueSatisfying(identity -> {
                    assertThat(identity.subject()).isEqualTo("p-1");
                    assertThat(identity.role()).isEqualTo(Role.PLAYER);
                    assertThat(identity.gameId()).isEqualTo("g-1");
                });
        assertThat(verifier.verify(TestTokens.gameToken("g-1", "s-1", Roles.SPECTATOR)))
                .hasValueSatisfying(identity -> assertThat(identity.role()).isEqualTo(Role.SPECTATOR));
    }

    @Test
    void nothingMayBeAddedAroundAToken() {
        String token = TestTokens.gameToken("g-1", "p-1", Roles.PLAYER);
        for (String variant :
                new String[] {token + " ", " " + token, token + "\n", token + "\t", token + ".", "Bearer " + token}) {
            assertThat(verifier.verify(variant)).as("[%s]", variant).isEmpty();
        }
    }

    @Test
    void onlyRs256IsAccepted() {
        String[] parts = TestTokens.gameToken("g-1", "p-1", Roles.PLAYER).split("\\.");
        String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String hs256 =
                base64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"token-1\"}") + "." + parts[1] + "." + parts[2];
        String rs512 =
                base64("{\"alg\":\"RS512\",\"typ\":\"JWT\",\"kid\":\"token-1\"}") + "." + parts[1] + "." + parts[2];
        assertThat(verifier.verify(none)).isEmpty();
        assertThat(verifier.verify(hs256)).isEmpty();
        assertThat(verifier.verify(rs512)).isEmpty();
    }

    @Test
    void issuerAudienceAndExpiryAreChecked() {
        assertThat(verifier.verify(signed(Map.of("iss", "someone-else")))).isEmpty();
        assertThat(verifier.verify(signed(Map.of("aud", "another-app")))).isEmpty();
        long past = System.currentTimeMillis() / 1000 - 3600;
        assertThat(verifier.verify(signed(Map.of("iat", past - 600, "exp", past))))
                .isEmpty();
        assertThat(verifier.verify(signed(Map.of()))).isPresent();
    }

    @Test
    void everyKeyOfTheTrustedSetVerifiesAndNoOtherDoes() {
        var claims = TestTokens.claims("p-1", Roles.PLAYER);
        claims.put("gid", "g-1");
        assertThat(verifier.verify(TestTokens.tokenSigner().sign(claims))).isPresent();
        assertThat(verifier.verify(TestTokens.serviceSigner().sign(claims))).isPresent();
        var stranger = TokenKeysTestResource.generate().getPrivate();
        assertThat(verifier.verify(new JwtSigner(stranger, TokenKeysTestResource.TOKEN_KEY_ID).sign(claims)))
                .as("an unknown key under a trusted kid")
                .isEmpty();
        assertThat(verifier.verify(new JwtSigner(stranger, "token-0").sign(claims)))
                .as("an unknown kid")
                .isEmpty();
    }

    private static String signed(Map<String, Object> overrides) {
        var claims = TestTokens.claims("p-1", Roles.PLAYER);
        claims.put("gid", "g-1");
        claims.putAll(overrides);
        return TestTokens.tokenSigner().sign(claims);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
