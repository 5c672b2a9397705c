package io.buzzline.match.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.events.EventType;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.RoundMode;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.match.support.MatchDriver;
import io.buzzline.match.support.TestGames;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands that arrive while a game is being activated wait for it and run in stream order: right after
 * the create (the actor is not installed yet), and after the owner lost its lease mid-burst (the game is
 * taken again, catches up from the intake and skips what it already logged). Nothing is lost or doubled.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class ArrivalOrderTest {

    private static final int PLAYERS = 40;

    @InjectRedis
    RedisTarget target;

    private MatchDriver match;

    @BeforeEach
    void connect() {
        match = new MatchDriver(target.url(), target.keyPrefix());
    }

    @AfterEach
    void close() {
        match.close();
    }

    @Test
    void joinsSentRightAfterTheCreateAreLoggedInArrivalOrder() {
        String gameId = "g-" + UUID.randomUUID();
        match.send(gameId, new CreateGame(TestGames.HOST, settings()));
        List<String> sent = sendJoins(gameId, "a");

        assertJoinedInOrder(gameId, sent);
    }

    @Test
    void joinsSentWhileTheLeaseIsLostAreLoggedOnceInArrivalOrder() {
        String gameId = "g-" + UUID.randomUUID();
        match.send(gameId, new CreateGame(TestGames.HOST, settings()));
        match.awaitEvent(gameId, EventType.GAME_CREATED);
        List<String> sent = new ArrayList<>(sendJoins(gameId, "a").subList(0, PLAYERS / 2));
        // As if the lease ran out (a long pause): the next renewal finds it gone and the actor stops.
        match.redis().send(Command.DEL, match.key(gameId, "lease"));
        for (int i = PLAYERS / 2; i < PLAYERS; i++) {
            sent.add(join(gameId, "a", i));
        }

        assertJoinedInOrder(gameId, sent);
        assertThat(match.redis()
                        .send(Command.HGET, match.key(gameId, "meta"), "epoch")
                        .toLong())
                .as("the game was taken again after the lease was lost")
                .isGreaterThan(1);
    }

    private List<String> sendJoins(String gameId, String prefix) {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            sent.add(join(gameId, prefix, i));
        }
        return sent;
    }

    private String join(String gameId, String prefix, int i) {
        String playerId = prefix + "-p" + i;
        match.send(gameId, new JoinGame(playerId, "Player" + i, null));
        return playerId;
    }

    private void assertJoinedInOrder(String gameId, List<String> sent) {
        match.awaitEvent(gameId, EventType.PLAYER_JOINED, sent.size());
        List<MatchDriver.Logged> log = match.entries(gameId);
        assertThat(log.stream()
                        .map(MatchDriver.Logged::event)
                        .filter(e -> e.type() == EventType.PLAYER_JOINED)
                        .map(e -> ((PlayerJoined) e.event()).playerId()))
                .containsExactlyElementsOf(sent);
        for (int i = 0; i < log.size(); i++) {
            assertThat(log.get(i).event().sequence()).as("gap-free at %d", i).isEqualTo(i + 1L);
        }
    }

    private static io.buzzline.events.GameSettings settings() {
        return TestGames.settings(1, Duration.ofSeconds(30), RoundMode.CLASSIC);
    }
}
