package io.buzzline.gateway.ws;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.PressBuzz;
import io.buzzline.events.RoundMode;
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
 * Buzzes the gateway can refuse from the game as it delivered it (the engine's settled refusals) are
 * answered there, with the engine's code and no ack, and never reach match's command stream; the real
 * match service judges the rest.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class SettledRefusalTest extends GatewayTest {

    private static final String HOST = "host-1";
    private static final String METRIC = "buzzline_gateway_commands_refused_at_edge_total";
    private final String gameId = "g-" + UUID.randomUUID();

    @TestHTTPResource(value = "", management = true)
    URL management;

    @Test
    void aBuzzAfterTheWindowClosedIsRefusedAtTheGatewayWithoutReachingMatch() {
        games.create(
                gameId, HOST, GameDriver.settings(RoundMode.BUZZER, 1, Duration.ofSeconds(20)), List.of("p1", "p2"));
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        WsClient p1 = greet(Tokens.player(gameId, "p1", "Ada"), null);
        WsClient p2 = greet(Tokens.player(gameId, "p2", "Bob"), null);
        double before = metric("reason=\"WINDOW_CLOSED\"");
        host.send(frame("start").put("id", "start"));
        String q1 = p2.awaitEvent("QUESTION_SHOWN", 1)
                .path("event")
                .path("data")
                .path("questionId")
                .asText();

        p1.send(frame("buzz").put("id", "b1").put("questionId", q1));
        p1.awaitEvent("BUZZ_PRESSED", 1);
        // The window closed and p1 won it: p2's screen says so, and p2's buzz comes too late.
        p2.awaitEvent("BUZZER_AWARDED", 1);
        p2.send(frame("buzz").put("id", "late").put("questionId", q1));
        JsonNode refused = p2.awaitError("late");

        assertThat(refused.path("code").asText()).isEqualTo("WINDOW_CLOSED");
        assertThat(refused.path("message").asText()).isEqualTo("the buzzer is closed");
        // Match would have had the command (and the ack gone out) before its refusal could come back.
        assertThat(buzzesOf("p2", q1)).isEmpty();
        assertThat(p2.frames("ack"))
                .noneMatch(ack -> "late".equals(ack.path("id").asText()));
        assertThat(metric("reason=\"WINDOW_CLOSED\"")).isEqualTo(before + 1);

        // A second press by the winner is settled too; an answer goes to match as ever.
        p1.send(frame("buzz").put("id", "again").put("questionId", q1));
        assertThat(p1.awaitError("again").path("code").asText()).isEqualTo("DUPLICATE_BUZZ");
        assertThat(buzzesOf("p1", q1)).hasSize(1);
        p1.send(frame("answer").put("id", "a1").put("questionId", q1).put("answer", "B"));
        p1.awaitEvent("ANSWER_SUBMITTED", 1);
        p2.awaitEvent("ANSWER_REVEALED", 1);
        assertThat(p2.frames("ack"))
                .noneMatch(ack -> "late".equals(ack.path("id").asText()));
    }

    private List<PressBuzz> buzzesOf(String playerId, String questionId) {
        return games.commands().stream()
                .filter(command -> command.gameId().equals(gameId))
                .map(CommandEnvelope::command)
                .filter(PressBuzz.class::isInstance)
                .map(PressBuzz.class::cast)
                .filter(b -> b.playerId().equals(playerId) && b.questionId().equals(questionId))
                .toList();
    }

    private double metric(String label) {
        String url = management.getProtocol() + "://" + management.getAuthority() + "/q/metrics";
        return ScrapedMetrics.value(url, METRIC, label);
    }
}
