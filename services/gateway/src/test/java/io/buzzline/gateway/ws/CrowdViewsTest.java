package io.buzzline.gateway.ws;

import java.time.Duration;
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

import static io.buzzline.gateway.support.WsClient.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Protocol v2's views of a crowd: while many players join, each role receives exactly its share of the
 * log (a player public ones and its own, a host and a spectator public ones) and the
 * crowd as coalesced ticks, a bounded number per interval; the host pages the whole board.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class CrowdViewsTest extends GatewayTest {

    private static final String HOST = "host-1";
    private static final int JOINS = 60;
    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void eachRoleGetsItsShareAndTheCrowdAsCoalescedTicks() {
        games.create(
                gameId,
                HOST,
                GameDriver.settings(RoundMode.BUZZER, 1, Duration.ofSeconds(30), JOINS + 10),
                List.of("p1", "p2"));
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        WsClient p1 = greet(Tokens.player(gameId, "p1", "Ada"), null);
        WsClient p2 = greet(Tokens.player(gameId, "p2", "Bob"), null);
        WsClient watcher = greet(Tokens.token(gameId, "watcher-1", "spectator", "Watcher"), null);
        assertThat(p1.awaitType("welcome").path("tick").path("playerCount").asInt())
                .isEqualTo(2);

        long startedAt = System.nanoTime();
        IntStream.range(0, JOINS).forEach(i -> games.send(gameId, new JoinGame("x" + i, "Nick-x" + i, null)));
        games.awaitEvent(gameId, EventType.PLAYER_JOINED, JOINS + 2);
        for (WsClient client : List.of(host, p1, p2, watcher)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> client.playerCount() == JOINS + 2);
        }
        long elapsedMillis = (System.nanoTime() - startedAt) / 1_000_000;
        JsonNode last = host.frames("tick").getLast();
        assertThat(last.path("latestJoined"))
                .extracting(JsonNode::asText)
                .containsExactly("Nick-x55", "Nick-x56", "Nick-x57", "Nick-x58", "Nick-x59");
        // Coalesced: at most one tick per interval (hosts 250 ms, the crowd 2 s), never one per join.
        assertThat(host.frames("tick")).hasSizeLessThanOrEqualTo((int) (elapsedMillis / 250) + 2);
        for (WsClient crowd : List.of(p1, p2, watcher)) {
            assertThat(crowd.frames("tick")).hasSizeLessThanOrEqualTo((int) (elapsedMillis / 2000) + 2);
        }

        // A question: the buzzes reach only their players, the crowd sees the first few in ticks.
        host.send(frame("start").put("id", "start"));
        String q1 = p1.awaitEvent("QUESTION_SHOWN", 1)
                .path("event")
                .path("data")
                .path("questionId")
                .asText();
        p2.send(frame("buzz").put("id", "b2").put("questionId", q1));
        p1.send(frame("buzz").put("id", "b1").put("questionId", q1));
        p2.awaitEvent("BUZZ_PRESSED", 1);
        p1.awaitEvent("BUZZ_PRESSED", 1);
        JsonNode buzzes = host.awaitFrame(f -> "tick".equals(f.path("type").asText())
                        && f.path("firstBuzzes").size() == 2)
                .path("firstBuzzes");
        assertThat(buzzes).extracting(b -> b.path("nickname").asText()).containsExactlyInAnyOrder("Nick-p1", "Nick-p2");
        host.send(frame("skip").put("id", "skip"));
        host.awaitType("standings");
        host.send(frame("end").put("id", "end"));
        EventEnvelope ended = games.awaitEvent(gameId, EventType.GAME_ENDED, 1);
        for (WsClient client : List.of(host, p1, p2, watcher)) {
            client.awaitFrame(f -> f.path("sequence").asLong() == ended.sequence()
                    && "event".equals(f.path("type").asText()));
        }

        List<EventEnvelope> log = games.log(gameId);
        assertThat(host.sequences()).isEqualTo(Deliveries.forHost(log, from(host)));
        assertThat(p1.sequences()).isEqualTo(Deliveries.forPlayer(log, "p1", from(p1)));
        assertThat(p2.sequences()).isEqualTo(Deliveries.forPlayer(log, "p2", from(p2)));
        assertThat(watcher.sequences()).isEqualTo(Deliveries.forSpectator(log, from(watcher)));
        assertThat(host.events("PLAYER_JOINED")).isEmpty();
        assertThat(host.events("BUZZ_PRESSED")).isEmpty();
        assertThat(p1.events("BUZZ_PRESSED")).allMatch(e -> "p1"
                .equals(e.path("event").path("data").path("playerId").asText()));
        assertThat(watcher.events("QUESTIONS_LOADED")).isEmpty();
    }

    @Test
    void theHostPagesTheWholeBoardAndOnlyTheHost() {
        List<String> players = IntStream.range(0, 30).mapToObj(i -> "p" + i).toList();
        games.create(gameId, HOST, GameDriver.settings(RoundMode.CLASSIC, 1, Duration.ofSeconds(30)), players);
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        WsClient p0 = greet(Tokens.player(gameId, "p0", "Nick-p0"), null);

        host.send(frame("board").put("id", "page-2").put("offset", 10).put("limit", 10));
        JsonNode page = host.awaitFrame(f -> "page".equals(f.path("type").asText())
                && "page-2".equals(f.path("id").asText()));
        assertThat(page.path("total").asInt()).isEqualTo(30);
        assertThat(page.path("offset").asInt()).isEqualTo(10);
        assertThat(page.path("standings")).hasSize(10);
        host.send(frame("board").put("id", "tail").put("offset", 25));
        assertThat(host.awaitFrame(f -> "tail".equals(f.path("id").asText())).path("standings"))
                .hasSize(5);

        p0.send(frame("board").put("id", "peek"));
        assertThat(p0.awaitError("peek").path("code").asText()).isEqualTo("FORBIDDEN");
    }

    private static long from(WsClient client) {
        return client.frames("welcome").getFirst().path("deliveredFrom").asLong();
    }
}
