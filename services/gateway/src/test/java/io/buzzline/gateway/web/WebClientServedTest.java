package io.buzzline.gateway.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The web client is served by the gateway, from one origin with the WebSocket and the REST edge. */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class WebClientServedTest {

    @Test
    void theHostPlayerAndSpectatorScreensAndTheirScriptsAreServed() {
        given().get("/").then().statusCode(200).body(containsString("Join a game"));
        given().get("/player.html").then().statusCode(200).body(containsString("width=device-width"));
        given().get("/host.html").then().statusCode(200).body(containsString("Create game"));
        given().get("/watch.html").then().statusCode(200).body(containsString("Watch"));
        given().get("/profile.html").then().statusCode(200).body(containsString("Buzzline · profile"));
        given().get("/shop.html").then().statusCode(200).body(containsString("Buzzline · shop"));
        for (String script : new String[] {
            "/buzzline.js", "/player.js", "/host.js", "/stage.js", "/watch.js", "/me.js", "/profile.js", "/shop.js"
        }) {
            given().get(script).then().statusCode(200).contentType(containsString("javascript"));
        }
    }
}
