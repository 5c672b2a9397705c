package io.buzzline.gateway.ws;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.support.Deliveries;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.ScrapedMetrics;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.gateway.support.WsClient;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.gateway.support.WsClient.frame;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection cut mid-question resumes with exactly what it missed, then live events: nothing lost or
 * twice; and the metrics the dashboards read (resume outcomes, connections, question fan-out) move.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ResumeTest extends GatewayTest {

    private static final String HOST = "host-1";

    @TestHTTPResource(value = "", management = true)
    URL management;

    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void aPlayerCutMidQuestionResumesWithExactlyTheEventsItMissed() {
        games.create(
                gameId,
                HOST,
                GameDriver.settings(RoundMode.CLASSIC, 2, Duration.ofSeconds(20)),
                List.of("p1", "p2", "p3"));
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        WsClient p2 = greet(Tokens.player(gameId, "p2", "Bob"), null);
        WsClient p3 = greet(Tokens.player(gameId, "p3", "Cy"), null);
        WsClient first = greet(Tokens.player(gameId, "p1", "Ada"), null);
        assertThat(metric("buzzline_gateway_connections", "role=\"player\"")).isGreaterThanOrEqualTo(3);
        double resumedBefore = metric("buzzline_gateway_resumes_total", "outcome=\"resumed\"");
        double questionsBefore = metric("buzzline_gateway_question_fanout_seconds_count", "");
        long joinedAfter =
                first.frames("welcome").getFirst().path("deliveredFrom").asLong();
        host.send(frame("start"));
        String q1 = first.awaitEvent("QUESTION_SHOWN", 1)
                .path("event")
                .path("data")
                .path("questionId")
                .asText();

        // The network (or Knative's request timeout) cuts p1 mid-question; the game goes on without it.
        first.abort();
        long lastSeen = first.lastSequence();
        p2.send(frame("answer").put("questionId", q1).put("answer", "B"));
        p3.send(frame("answer").put("questionId", q1).put("answer", "A"));
        host.send(frame("skip"));
        p2.awaitEvent("ANSWER_REVEALED", 1);
        host.send(frame("next"));
        p2.awaitEvent("QUESTION_SHOWN", 2);

        WsClient resumed = greet(Tokens.player(gameId, "p1", "Ada"), lastSeen);
        assertThat(resumed.awaitType("welcome").path("deliveredFrom").asLong()).isEqualTo(lastSeen);
        resumed.awaitEvent("QUESTION_SHOWN", 1);
        assertThat(metric("buzzline_gateway_resumes_total", "outcome=\"resumed\""))
                .isEqualTo(resumedBefore + 1);
        assertThat(metric("buzzline_gateway_question_fanout_seconds_count", "")).isGreaterThan(questionsBefore);
        // Live again: the rest of the game arrives on the resumed connection.
        host.send(frame("skip"));
        host.send(frame("next"));
        EventEnvelope ended = games.awaitEvent(gameId, EventType.GAME_ENDED, 1);
        resumed.awaitFrame(f -> f.path("sequence").asLong() == ended.sequence());

        List<Long> received = new ArrayList<>(first.sequences());
        received.addAll(resumed.sequences());
        assertThat(received).isEqualTo(Deliveries.forPlayer(games.log(gameId), "p1", joinedAfter));
    }

    private double metric(String name, String label) {
        String url = management.getProtocol() + "://" + management.getAuthority() + "/q/metrics";
        return ScrapedMetrics.value(url, name, label);
    }

    @Test
    void aHostResumingFromZeroGetsItsViewOfTheWholeLogInOrder() {
        games.create(gameId, HOST, GameDriver.settings(RoundMode.BUZZER, 1, Duration.ofSeconds(20)), List.of("p1"));
        WsClient host = greet(Tokens.host(gameId, HOST), 0L);
        List<EventEnvelope> log = games.log(gameId);
        List<Long> visible = Deliveries.forHost(log, 0);
        host.awaitFrame(f -> f.path("sequence").asLong() == visible.getLast());
        assertThat(host.sequences()).isEqualTo(visible);
        // A host sees the joins as counts, not as each player's event.
        assertThat(host.events("PLAYER_JOINED")).isEmpty();
        // The keys are log-only: a host resuming from 0 does not receive them either.
        assertThat(host.events("QUESTIONS_LOADED")).isEmpty();
    }
}
