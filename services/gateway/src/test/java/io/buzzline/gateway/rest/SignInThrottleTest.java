package io.buzzline.gateway.rest;

import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Sign-ins through the edge are limited per client address (issue 21: rate limits on sign-in): past the burst
 * the edge answers 429 `too-many-sign-ins` with Retry-After and profile never sees the attempt, whatever the
 * path's spelling; other profile operations are not limited. Three a minute here, so the test is short.
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.ThreeAMinute.class)
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class SignInThrottleTest {

    public static class ThreeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("buzzline.routes.sign-ins-per-minute", "3");
        }
    }

    /** A sign-in to {@code path} as written: REST Assured would otherwise encode its '%' again. */
    private static int signIn(String path) {
        return given().urlEncodingEnabled(false)
                .contentType(ContentType.JSON)
                .body("{\"email\":\"ada@example.org\",\"password\":\"guess\"}")
                .post(path)
                .statusCode();
    }

    @Test
    void pastTheBurstAnAddressIsToldToWaitAndProfileHearsNothing() {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("/api/profile/sessions")).as("attempt %d", i + 1).isNotEqualTo(429);
        }
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"ada@example.org\",\"password\":\"guess\"}")
                .post("/api/profile/sessions")
                .then()
                .statusCode(429)
                .header("Retry-After", equalTo("20"))
                .contentType("application/problem+json")
                .body("type", equalTo("https://buzzline.dev/problems/too-many-sign-ins"));
        assertThat(signIn("/api/profile/./sessions")).isEqualTo(429);
        assertThat(signIn("/api/profile/%73essions")).isEqualTo(429);
        // Other operations of profile are not sign-ins.
        given().get("/api/profile/shop/items").then().statusCode(not(equalTo(429)));
    }
}
