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
                .header("Location", "/echo/1")
                .body("method", equalTo("POST"))
                .body("path", equalTo("/echo/players"))
                .body("query", equalTo("x=1"))
                .body("body.nickname", equalTo("Ada"));
    }

    @Test
    void contentWritesAreNotRouted() {
        given().contentType("application/json")
                .body("{}")
                .post("/api/content/packs")
                .then()
                .statusCode(404);
    }
}
