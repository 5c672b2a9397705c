package io.buzzline.match.runtime;

import java.time.Duration;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundMode;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.match.support.MatchDriver;
import io.buzzline.match.support.TestGames;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/** A command sent again (same command id: a sender's retry, a redelivery) is logged once. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class IdempotencyTest {

    @InjectRedis
    RedisTarget target;

    private MatchDriver match;
    private final String gameId = "g-" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        match = new MatchDriver(target.url(), target.keyPrefix());
    }

    @AfterEach
    void close() {
        match.close();
    }

    @Test
    void retriedCommandsAreLoggedOnce() {
        var create = new CreateGame(TestGames.HOST, TestGames.settings(1, Duration.ofSeconds(5), RoundMode.CLASSIC));
        match.send("create-1", gameId, create);
        match.send("create-1", gameId, create);
        match.send("join-1", gameId, new JoinGame("p1", "Ada", null));
        match.send("join-1", gameId, new JoinGame("p1", "Ada", null));
        match.send("join-2", gameId, new JoinGame("p2", "Bob", null));
        match.awaitEvent(gameId, EventType.PLAYER_JOINED, 2);
        match.awaitEvent(gameId, EventType.QUESTIONS_LOADED);

        assertThat(match.entries(gameId))
                .extracting(MatchDriver.Logged::commandId)
                .containsOnlyOnce("create-1", "join-1", "join-2");
        assertThat(match.log(gameId))
                .filteredOn(e -> e.type() == EventType.PLAYER_JOINED)
                .hasSize(2);
    }
}
