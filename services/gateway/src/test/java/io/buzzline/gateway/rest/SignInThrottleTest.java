package io.buzzline.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
 * path's spelling; other profile operations are not limited. Three a minute in tests (application.properties),
 * where the test client is a trusted proxy: each case names its clients in {@code X-Forwarded-For}, as an ingress
 * would, so cases (and other test classes) do not share an address.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class SignInThrottleTest {

    /** A request from {@code forwardedFor} as the ingress reports it; its path is sent as written. */
    private static RequestSpecification from(String forwardedFor) {
        return given().urlEncodingEnabled(false)
                .header("X-Forwarded-For", forwardedFor)
                .contentType(ContentType.JSON)
                .body("{\"email\":\"ada@example.org\",\"password\":\"guess\"}");
    }

    private static int signIn(String forwardedFor, String path) {
        return from(forwardedFor).post(path).statusCode();
    }

    @Test
    void pastTheBurstAnAddressIsToldToWaitAndProfileHearsNothing() {
        String client = "203.0.113.10";
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(client, "/api/profile/sessions"))
                    .as("attempt %d", i + 1)
                    .isNotEqualTo(429);
        }
        from(client)
                .post("/api/profile/sessions")
                .then()
                .statusCode(429)
                .header("Retry-After", equalTo("20"))
                .contentType("application/problem+json")
                .body("type", equalTo("https://buzzline.dev/problems/too-many-sign-ins"));
        assertThat(signIn(client, "/api/profile/./sessions")).isEqualTo(429);
        assertThat(signIn(client, "/api/profile/%73essions")).isEqualTo(429);
        // Other operations of profile are not sign-ins.
        from(client).get("/api/profile/shop/items").then().statusCode(not(equalTo(429)));
        // Another client behind the same proxies has its own attempts.
        assertThat(signIn("203.0.113.11", "/api/profile/sessions")).isNotEqualTo(429);
    }

    @Test
    void aClientThatWritesItsOwnForwardedForIsStillKeyedOnTheAddressTheIngressSaw() {
        String client = "203.0.113.20";
        for (int i = 0; i < 3; i++) {
            // A new made-up address before the real one each time: the leftmost entries are the client's own words.
            assertThat(signIn("192.0.2." + i + ", " + client, "/api/profile/sessions"))
                    .as("attempt %d", i + 1)
                    .isNotEqualTo(429);
        }
        assertThat(signIn("192.0.2.99, " + client, "/api/profile/sessions")).isEqualTo(429);
        // Our own proxies' entries to the right of it are looked past.
        assertThat(signIn(client + ", 127.0.0.1", "/api/profile/sessions")).isEqualTo(429);
    }
}
