package io.buzzline.content.history.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameEvent;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.EndConfirmation;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * GAME_ENDED arriving on match's event stream archives the game's log from Redis once, however often
 * it is delivered, and confirms the end to match.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class GameEndedListenerTest {
    /** Editors' requests: these tests exercise what the bank does, who may do it is RoleMatrixTest's. */
    @BeforeEach
    void actAsEditor() {
        TestTokens.actAs(TestTokens.editor());
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @InjectRedis
    RedisTarget redis;

    private final EventCodec codec = new EventCodec();

    @Test
    void anEndedGameIsArchivedFromItsLogAndConfirmedOnce() {
        String game = "g-" + UUID.randomUUID();
        List<EventEnvelope> log = log(
                game,
                new PlayerJoined("p-ada", "Ada", null),
                new ScoreUpdated("p-ada", game + ":3", 900, 900, ScoreUpdated.Reason.CLASSIC_CORRECT, 1),
                new GameEnded(GameEnded.Reason.COMPLETED));
        try (RedisCommands commands = new RedisCommands(redis.url())) {
            for (EventEnvelope event : log) {
                commands.append(
                        redis.names().game(game).log(),
                        new LogEntry(event.sequence(), "c-" + event.sequence(), codec.encode(event)));
            }
            // Delivered twice, as at-least-once allows.
            publish(commands, log.getLast());
            publish(commands, log.getLast());

            await().atMost(TIMEOUT).untilAsserted(() -> given().get("/history/games/{id}", game)
                    .then()
                    .statusCode(200)
                    .body("eventCount", equalTo(3))
                    .body("results[0].score", equalTo(900)));
            await().atMost(TIMEOUT).until(() -> confirmations(commands, game) == 2);
            assertThat(confirmations(commands, game)).isEqualTo(2);
        }
    }

    private void publish(RedisCommands commands, EventEnvelope event) {
        commands.send(
                Command.XADD,
                SharedStream.MILESTONES.key(redis.keyPrefix()),
                "*",
                "payload",
                codec.encode(event),
                "content-type",
                "text/plain",
                "message-id",
                event.eventId());
    }

    /** How many confirmations content sent for the game (one per delivery; match counts consumers once). */
    private long confirmations(RedisCommands commands, String game) {
        Response entries = commands.send(Command.XRANGE, SharedStream.CONFIRMATIONS.key(redis.keyPrefix()), "-", "+");
        long count = 0;
        for (Response entry : entries) {
            Response fields = entry.get(1);
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if ("payload".equals(fields.get(i).toString())
                        && new WireCodec()
                                .decodeEndConfirmation(fields.get(i + 1).toString())
                                .equals(new EndConfirmation(game, "content"))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<EventEnvelope> log(String game, GameEvent... events) {
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        return IntStream.range(0, events.length)
                .mapToObj(i -> EventEnvelope.of(game, i + 1, start.plusSeconds(i), events[i]))
                .toList();
    }
}
