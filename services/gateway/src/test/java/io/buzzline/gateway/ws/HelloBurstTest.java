package io.buzzline.gateway.ws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.JoinGame;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.support.Deliveries;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.gateway.support.WsClient;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many hellos of one game at once, while the game moves on: they share log reads and folds (a read may
 * predate a connection's subscription), yet each welcome is the game folded exactly up to its
 * {@code deliveredFrom} and each connection then receives every later event once, in order.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class HelloBurstTest extends GatewayTest {

    private static final int PLAYERS = 60;
    private static final int LATE = 40;

    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void hellosArrivingTogetherEachGetTheirViewAndExactlyTheEventsAfterIt() throws InterruptedException {
        List<String> players =
                IntStream.range(0, PLAYERS).mapToObj(i -> "p" + i).toList();
        games.create(gameId, "host-1", GameDriver.settings(RoundMode.CLASSIC, 1, Duration.ofSeconds(30), 200), players);
        List<WsClient> clients = new ArrayList<>();
        players.forEach(p -> clients.add(connect()));

        Thread joins = Thread.ofVirtual().start(() -> IntStream.range(0, LATE)
                .forEach(i -> games.send(gameId, new JoinGame("late" + i, "Late" + i, null))));
        for (int i = 0; i < PLAYERS; i++) {
            clients.get(i).send(WsClient.hello(Tokens.player(gameId, players.get(i), "Nick-p" + i), null));
        }
        joins.join();
        long last = games.awaitEvent(gameId, EventType.PLAYER_JOINED, PLAYERS + LATE)
                .sequence();
        // Players see each other's joins only as counts: once a tick (or the welcome) counts every join,
        // everything this connection may see of them has been sent.
        clients.forEach(c -> await().atMost(Duration.ofSeconds(15)).until(() -> c.playerCount() == PLAYERS + LATE));
        assertThat(last).isPositive();

        List<EventEnvelope> log = games.log(gameId);
        for (int i = 0; i < PLAYERS; i++) {
            JsonNode welcome = clients.get(i).awaitType("welcome");
            long from = welcome.path("deliveredFrom").asLong();
            assertThat(welcome.path("view").path("sequence").asLong()).isEqualTo(from);
            long joinedByThen = log.stream()
                    .filter(e -> e.sequence() <= from && e.type() == EventType.PLAYER_JOINED)
                    .count();
            assertThat(welcome.path("view").path("leaderboard")).hasSize((int) joinedByThen);
            assertThat(clients.get(i).sequences())
                    .as(players.get(i))
                    .isEqualTo(Deliveries.forPlayer(log, players.get(i), from));
        }
    }
}
