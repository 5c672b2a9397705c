package io.buzzline.lobby.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.json.EventCodec;
import io.buzzline.lobby.support.ContentPacksTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The lobby follows match's event stream: started games refuse joins, ended games free their code. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
@WithTestResource(ContentPacksTestResource.class)
class GameLifecycleTest {

    @InjectRedis
    RedisTarget redis;

    private LobbyFixture lobby;
    private String code;
    private String gameId;

    @BeforeEach
    void game() {
        lobby = new LobbyFixture(redis);
        Map<String, Object> created = lobby.createdGame(LobbyFixture.classicGame(10));
        code = (String) created.get("joinCode");
        gameId = (String) created.get("gameId");
    }

    @Test
    void aStartedGameRefusesLateJoins() {
        publish(new RoundStarted(1, RoundMode.CLASSIC, 3), 5);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/games/{id}", gameId).then().body("status", equalTo("STARTED")));
        lobby.join(code, Map.of("nickname", "Late")).statusCode(409).body("type", matchesPattern(".*/game-started"));
    }

    @Test
    void anEndedGameReleasesItsCode() {
        publish(new GameEnded(GameEnded.Reason.COMPLETED), 9);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/games/{id}", gameId).then().body("status", equalTo("ENDED")));
        given().get("/codes/{code}", code).then().statusCode(404);
    }

    /** Writes an event the way match's outgoing channel does (payload field, text JSON). */
    private void publish(io.buzzline.events.GameEvent event, long sequence) {
        String json = new EventCodec().encode(EventEnvelope.of(gameId, sequence, Instant.now(), event));
        try (RedisCommands commands = new RedisCommands(redis.url())) {
            commands.send(
                    Command.XADD,
                    redis.keyPrefix() + "{match}:events",
                    "*",
                    "payload",
                    json,
                    "content-type",
                    "text/plain",
                    "message-id",
                    gameId + ":" + sequence);
        }
    }
}
