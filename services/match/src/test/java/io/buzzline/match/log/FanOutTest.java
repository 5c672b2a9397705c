package io.buzzline.match.log;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundMode;
import io.buzzline.events.json.EventBatch;
import io.buzzline.events.json.EventCodec;
import io.buzzline.match.support.ChannelListener;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.match.support.MatchDriver;
import io.buzzline.match.support.TestGames;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/**
 * A gateway subscribed to a game's live channel gets every event, in sequence, as it is appended; a
 * gap (a missed message, a late subscription) is refilled from the log by sequence.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class FanOutTest {

    @InjectRedis
    RedisTarget target;

    @Test
    void subscribersReceiveEveryEventInSequenceAndRefillGapsFromTheLog() throws Exception {
        String gameId = "g-" + UUID.randomUUID();
        EventCodec codec = new EventCodec();
        try (MatchDriver match = new MatchDriver(target.url(), target.keyPrefix());
                ChannelListener live = new ChannelListener(target.url(), match.key(gameId, "live"))) {
            Supplier<List<EventEnvelope>> received = () -> live.messages().stream()
                    .flatMap(payload -> EventBatch.split(payload).stream())
                    .map(codec::decode)
                    .toList();

            match.send(
                    gameId,
                    new CreateGame(TestGames.HOST, TestGames.settings(1, Duration.ofSeconds(5), RoundMode.CLASSIC)));
            match.send(gameId, new JoinGame("p1", "Ada", null));
            match.send(gameId, new JoinGame("p2", "Bob", null));
            match.awaitEvent(gameId, EventType.PLAYER_JOINED, 2);
            match.awaitEvent(gameId, EventType.QUESTIONS_LOADED);

            await().atMost(Duration.ofSeconds(10)).until(() -> received.get().size() >= 4);
            assertThat(received.get()).containsExactlyElementsOf(match.log(gameId));

            // A gateway that saw sequence 1 only asks for what follows it.
            given().header("Authorization", TestTokens.service())
                    .queryParam("after", 1)
                    .when()
                    .get("/games/{gameId}/events", gameId)
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(3))
                    .body("[0].sequence", org.hamcrest.Matchers.equalTo(2));
            // Nothing follows the largest sequence there is ("after + 1" once overflowed into a 500).
            given().header("Authorization", TestTokens.service())
                    .queryParam("after", Long.MAX_VALUE)
                    .when()
                    .get("/games/{gameId}/events", gameId)
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(0));
            given().header("Authorization", TestTokens.service())
                    .when()
                    .get("/games/{gameId}/events", "g-unknown")
                    .then()
                    .statusCode(404);
        }
    }
}
