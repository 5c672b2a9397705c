package io.buzzline.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The REST edge passes requests through to the upstream services (stand-ins here) on one origin. */
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
                .body("method", equalTo("POST"))
                .body("path", equalTo("/echo/questions"))
                .body("authorization", equalTo("Bearer editor-token"))
                .body("body.text", equalTo("Q?"));
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
            "/api/lobby/./q/openapi"
        }) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404);
        }
    }
}
