package io.buzzline.gateway.ws;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LeaveGame;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.support.Deliveries;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.StalledClient;
import io.buzzline.gateway.support.TightOutbound;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.gateway.support.WsClient;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real client that stops reading (raw TCP: upgrade, hello, then nothing) while the game goes on: the
 * others of the same game receive every event batch by batch, the stalled one is closed with 4009 and a
 * resume hint once its queue is full, and resuming gives it exactly the rest.
 */
@QuarkusTest
@TestProfile(TightOutbound.class)
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class SlowConsumerTest extends GatewayTest {

    /** Health and metrics: the management interface, not the service's own port. */
    @TestHTTPResource(value = "", management = true)
    URL management;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SLOW_METRIC =
            Pattern.compile("(?m)^buzzline_gateway_slow_consumers_total(?:\\{[^}]*})? ([0-9.eE+-]+)$");
    private static final String HOST = "host-1";
    private static final int MAX_CYCLES = 1500;

    @TestHTTPResource("/ws")
    URI endpoint;

    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void aClientThatStopsReadingIsClosedWithoutSlowingTheOthers() throws Exception {
        games.create(
                gameId,
                HOST,
                GameDriver.settings(RoundMode.CLASSIC, 1, Duration.ofSeconds(30), 10),
                List.of("p1", "p2", "p3", "slow"));
        List<WsClient> fast = List.of(
                greet(Tokens.player(gameId, "p1", "Ada"), null),
                greet(Tokens.player(gameId, "p2", "Bob"), null),
                greet(Tokens.player(gameId, "p3", "Cy"), null));
        double slowBefore = slowConsumers();
        String slowToken = Tokens.player(gameId, "slow", "Sloth");
        URI ws = URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        try (StalledClient slow = StalledClient.open(ws, 4096)) {
            slow.sendText(WsClient.hello(slowToken, null).toString());
            await().atMost(Duration.ofSeconds(15)).until(() -> games.presence(gameId) == 4);

            // The game goes on (players keep leaving and rejoining: each sees its own); the stalled one never reads.
            int cycles = 0;
            while (slowConsumers() == slowBefore && cycles < MAX_CYCLES) {
                for (int i = 0; i < 10; i++, cycles++) {
                    for (String player : List.of("slow", "p1", "p2", "p3")) {
                        games.send(gameId, new LeaveGame(player));
                        games.send(gameId, new JoinGame(player, "Nick-" + player, null));
                    }
                }
                games.awaitEvent(gameId, EventType.PLAYER_JOINED, 4 + 4 * cycles);
                List<EventEnvelope> log = games.log(gameId);
                // Everyone else has every event of the batch before the next one is sent.
                for (int i = 0; i < fast.size(); i++) {
                    long last = Deliveries.forPlayer(log, "p" + (i + 1), 0).getLast();
                    fast.get(i).awaitFrame(f -> f.path("sequence").asLong() == last);
                }
            }
            assertThat(slowConsumers()).as("slow consumers closed").isEqualTo(slowBefore + 1);

            StalledClient.Received got = slow.readAll(Duration.ofSeconds(10));
            assertThat(got.closeCode()).isEqualTo(Protocol.CLOSE_SLOW_CONSUMER);
            assertThat(got.closeReason()).contains("resume");
            JsonNode welcome = JSON.readTree(got.texts().getFirst());
            assertThat(welcome.path("type").asText()).isEqualTo("welcome");
            long from = welcome.path("deliveredFrom").asLong();
            List<Long> before = new ArrayList<>();
            for (String text : got.texts().subList(1, got.texts().size())) {
                JsonNode frame = JSON.readTree(text);
                if ("event".equals(frame.path("type").asText())) {
                    before.add(frame.path("sequence").asLong());
                } else if ("events".equals(frame.path("type").asText())) {
                    frame.path("events")
                            .forEach(e -> before.add(e.path("sequence").asLong()));
                }
            }

            // Resuming from what it did receive gives it exactly the rest.
            long lastSeen = before.isEmpty() ? from : before.getLast();
            WsClient resumed = greet(slowToken, lastSeen);
            List<EventEnvelope> log = games.log(gameId);
            long lastVisible = Deliveries.forPlayer(log, "slow", 0).getLast();
            resumed.awaitFrame(f -> f.path("sequence").asLong() == lastVisible);
            List<Long> all = new ArrayList<>(before);
            all.addAll(resumed.sequences());
            assertThat(all).isEqualTo(Deliveries.forPlayer(log, "slow", from));
            assertThat(before.size()).isLessThan(all.size());
        }
        List<EventEnvelope> log = games.log(gameId);
        for (int i = 0; i < fast.size(); i++) {
            WsClient client = fast.get(i);
            long from =
                    client.frames("welcome").getFirst().path("deliveredFrom").asLong();
            assertThat(client.sequences()).isEqualTo(Deliveries.forPlayer(log, "p" + (i + 1), from));
        }
    }

    private double slowConsumers() {
        Matcher found =
                SLOW_METRIC.matcher(given().get(management("/q/metrics")).asString());
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    /** {@code path} on the management interface (its root, whatever the injected URL's path, is the server's). */
    private String management(String path) {
        return management.getProtocol() + "://" + management.getAuthority() + path;
    }
}
