package io.buzzline.gateway.rest;

import java.util.stream.Stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The REST edge passes requests through to the upstream services (stand-ins here: one for the lobby and content,
 * one for profile) on one origin.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class PublicRoutesTest {

    @Test
    void contentReadsAreRouted() {
        given().get("/api/content/packs/pack-2")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("questions", hasSize(2));
    }

    @Test
    void lobbyRequestsKeepMethodPathQueryBodyAndStatus() {
        given().contentType("application/json")
                .body("{\"nickname\":\"Ada\"}")
                .post("/api/lobby/echo/players?x=1")
                .then()
                .statusCode(201)
                .header("Location", "/api/lobby/echo/1?v=2")
                .body("method", equalTo("POST"))
                .body("path", equalTo("/echo/players"))
                .body("query", equalTo("x=1"))
                .body("body.nickname", equalTo("Ada"));
    }

    @Test
    void editorsWriteToContentThroughTheEdgeWithTheirToken() {
        given().contentType("application/json")
                .header("Authorization", "Bearer editor-token")
                .body("{\"text\":\"Q?\"}")
                .post("/api/content/echo/questions")
                .then()
                .statusCode(201)
                .body("upstream", equalTo("content"))
                .body("method", equalTo("POST"))
                .body("path", equalTo("/echo/questions"))
                .body("authorization", equalTo("Bearer editor-token"))
                .body("body.text", equalTo("Q?"));
    }

    /** Profile's whole API (none of it service-only), as its OpenAPI document lists it. */
    static Stream<Arguments> profileOperations() {
        return Stream.of(
                Arguments.of("POST", "/accounts"),
                Arguments.of("POST", "/sessions"),
                Arguments.of("GET", "/accounts/me"),
                Arguments.of("GET", "/accounts/me/export"),
                Arguments.of("DELETE", "/accounts/me"),
                Arguments.of("GET", "/profiles/p_1"),
                Arguments.of("PUT", "/profiles/me"),
                Arguments.of("GET", "/wallets/me"),
                Arguments.of("GET", "/wallets/me/ledger"),
                Arguments.of("GET", "/inventory/me"),
                Arguments.of("GET", "/shop/items"),
                Arguments.of("GET", "/shop/items/hat-1"),
                Arguments.of("PUT", "/shop/items/hat-1"),
                Arguments.of("POST", "/shop/purchases"));
    }

    @ParameterizedTest(name = "{0} /api/profile{1}")
    @MethodSource("profileOperations")
    void everyProfileOperationReachesProfile(String method, String path) {
        var request = given().header("Authorization", "Bearer account-token");
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.contentType("application/json").body("{\"n\":1}");
        }
        request.request(method, "/api/profile" + path)
                .then()
                .statusCode(201)
                .body("upstream", equalTo("profile"))
                .body("method", equalTo(method))
                .body("path", equalTo(path))
                .body("authorization", equalTo("Bearer account-token"));
    }

    @Test
    void purchasesKeepTheirIdempotencyKeyAndProfilesLocationPointsAtTheEdge() {
        given().contentType("application/json")
                .header("Authorization", "Bearer account-token")
                .header("Idempotency-Key", "k-42")
                .body("{\"itemId\":\"hat-1\"}")
                .post("/api/profile/shop/purchases?dryRun=false")
                .then()
                .statusCode(201)
                .header("Location", "/api/profile/echo/1?v=2")
                .body("upstream", equalTo("profile"))
                .body("path", equalTo("/shop/purchases"))
                .body("query", equalTo("dryRun=false"))
                .body("idempotencyKey", equalTo("k-42"))
                .body("body.itemId", equalTo("hat-1"));
    }

    @Test
    void packOrdersStayInsideTheCluster() {
        given().contentType("application/json")
                .body("{}")
                .post("/api/content/packs")
                .then()
                .statusCode(404);
    }

    @Test
    void managementEndpointsOfTheServicesAreNotServed() {
        for (String path : new String[] {
            "/api/content/q/metrics",
            "/api/content/q/openapi",
            "/api/lobby/q/health",
            "/api/content/echo/../q/metrics",
            "/api/content/%71/metrics",
            "/api/lobby/./q/openapi",
            "/api/profile/q/health/ready",
            "/api/profile/q/metrics",
            "/api/profile/q/openapi",
            "/api/profile/q",
            "/api/profile/accounts/../q/metrics",
            "/api/profile/%71/openapi",
            "/api/profile/./q/health"
        }) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404);
        }
    }
}
