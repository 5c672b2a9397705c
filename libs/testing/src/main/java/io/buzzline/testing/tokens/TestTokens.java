package io.buzzline.testing.tokens;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.eclipse.microprofile.config.ConfigProvider;

import io.buzzline.security.JwtSigner;
import io.buzzline.security.Roles;
import io.buzzline.security.RsaKeys;

/**
 * {@code Authorization} header values for a test: tokens signed with the keys of the run's
 * {@link TokenKeysTestResource} (read from the running application's configuration), as the lobby signs
 * player, host and spectator tokens and as scripts/token and the services sign the others.
 */
public final class TestTokens {

    private TestTokens() {}

    public static String player(String gameId, String playerId) {
        return bearer(gameToken(gameId, playerId, Roles.PLAYER));
    }

    public static String host(String gameId, String hostId) {
        return bearer(gameToken(gameId, hostId, Roles.HOST));
    }

    public static String spectator(String gameId) {
        return bearer(gameToken(gameId, "s_" + UUID.randomUUID(), Roles.SPECTATOR));
    }

    /** An account token as profile signs one at sign-in: the player, no game ({@code gid}), token key. */
    public static String account(String playerId) {
        return bearer(tokenSigner().sign(claims(playerId, Roles.PLAYER)));
    }

    public static String editor() {
        return bearer(staffToken("editor@test", Roles.EDITOR));
    }

    public static String operator() {
        return bearer(staffToken("operator@test", Roles.OPERATOR));
    }

    public static String service() {
        return bearer(staffToken("buzzline-test", Roles.SERVICE));
    }

    /** A token of the lobby's shape for one game, unprefixed. */
    public static String gameToken(String gameId, String subject, String role) {
        return tokenSigner().sign(gameClaims(gameId, subject, role));
    }

    /** The claims of a token the lobby issues for one game: every token's, the game and the nickname. */
    public static Map<String, Object> gameClaims(String gameId, String subject, String role) {
        Map<String, Object> claims = claims(subject, role);
        claims.put("gid", gameId);
        claims.put("nick", subject);
        return claims;
    }

    /** An editor, operator or service token, unprefixed, signed with the service key as scripts/token does. */
    public static String staffToken(String subject, String role) {
        return serviceSigner().sign(claims(subject, role));
    }

    /** The claims every valid token carries, for tests that alter one of them. */
    public static Map<String, Object> claims(String subject, String role) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", TokenKeysTestResource.ISSUER);
        claims.put("aud", TokenKeysTestResource.AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of(role));
        claims.put("iat", now);
        claims.put("exp", now + 600);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    /** Signs as the lobby does (token key). */
    public static JwtSigner tokenSigner() {
        return signer("smallrye.jwt.sign.key.location", TokenKeysTestResource.TOKEN_KEY_ID);
    }

    /** Signs as a service does (service key). */
    public static JwtSigner serviceSigner() {
        return signer(TokenKeysTestResource.SERVICE_KEY_PROPERTY, TokenKeysTestResource.SERVICE_KEY_ID);
    }

    /**
     * Makes every REST Assured request of the calling test carry {@code authorization} as its Authorization
     * header ({@code null}: no header). Call it in {@code @BeforeEach} and reset it with {@code null} in
     * {@code @AfterEach}.
     */
    public static void actAs(String authorization) {
        RestAssured.requestSpecification = authorization == null
                ? null
                : new RequestSpecBuilder()
                        .addHeader("Authorization", authorization)
                        .build();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JwtSigner signer(String property, String keyId) {
        String location = ConfigProvider.getConfig().getValue(property, String.class);
        return new JwtSigner(RsaKeys.privateKey(Path.of(location)), keyId);
    }
}
