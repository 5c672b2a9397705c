package io.buzzline.gateway.ws;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.events.RoundMode;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.support.CrowdClient;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.gateway.support.WsClient;
import io.buzzline.testing.content.ContentStandIn;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.gateway.support.WsClient.frame;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both served protocol versions in one BUZZER game against the real match: version 3 gets each decision
 * in one frame and its buzz answered by its own event; version 2, for clients not yet updated, gets one
 * frame per event and an ack for every command, exactly as before.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ProtocolVersionsTest extends GatewayTest {

    private static final String HOST = "host-1";
    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void versionThreeCoalescesEachDecisionAndVersionTwoIsServedAsBefore() {
        games.create(
                gameId, HOST, GameDriver.settings(RoundMode.BUZZER, 2, Duration.ofSeconds(60)), List.of("p1", "p2"));
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        WsClient older = connect();
        older.send(WsClient.hello(Tokens.player(gameId, "p1", "Ada"), null, Protocol.OLDEST_VERSION));
        assertThat(older.awaitType("welcome").path("v").asInt()).isEqualTo(2);
        WsClient newer = greet(Tokens.player(gameId, "p2", "Bob"), null);
        assertThat(newer.awaitType("welcome").path("v").asInt()).isEqualTo(3);

        host.send(frame("start").put("id", "start"));
        String q1 = newer.awaitEvent("QUESTION_SHOWN", 1)
                .path("event")
                .path("data")
                .path("questionId")
                .asText();
        older.awaitEvent("QUESTION_SHOWN", 1);
        // The round's start and its first question were one decision.
        assertThat(CrowdClient.types(newer.awaitWire(f -> f.toString().contains("QUESTION_SHOWN"))))
                .containsExactly("ROUND_STARTED", "QUESTION_SHOWN");

        older.send(frame("buzz").put("id", "b1").put("questionId", q1));
        older.awaitFrame(f -> "ack".equals(f.path("type").asText())
                && "b1".equals(f.path("id").asText()));
        older.awaitEvent("BUZZ_PRESSED", 1);
        newer.send(frame("buzz").put("id", "b2").put("questionId", q1));
        // One frame answers it: its own BUZZ_PRESSED if it made the window, else its refusal.
        newer.awaitFrame(f -> ("error".equals(f.path("type").asText())
                        && "b2".equals(f.path("id").asText()))
                || "BUZZ_PRESSED".equals(f.path("event").path("type").asText()));

        JsonNode awarded = newer.awaitEvent("BUZZER_AWARDED", 1).path("event").path("data");
        assertThat(awarded.path("playerId").asText()).as("the first to buzz").isEqualTo("p1");
        older.send(frame("answer").put("id", "a1").put("questionId", q1).put("answer", ContentStandIn.CORRECT));
        older.awaitFrame(f -> "ack".equals(f.path("type").asText())
                && "a1".equals(f.path("id").asText()));
        older.awaitEvent("ANSWER_REVEALED", 1);
        newer.awaitType("standings");
        older.awaitType("standings");

        assertThat(CrowdClient.types(newer.awaitWire(f -> f.toString().contains("ANSWER_REVEALED"))))
                .containsExactly("ANSWER_SUBMITTED", "ANSWER_REVEALED");
        assertThat(newer.frames("ack"))
                .as("version 3 acks no buzz and no BUZZER answer")
                .isEmpty();
        assertThat(older.wire()).as("version 2: one event per frame").noneMatch(f -> "events"
                .equals(f.path("type").asText()));
        assertThat(older.events("ANSWER_SUBMITTED")).hasSize(1);
        assertThat(older.events("SCORE_UPDATED")).hasSize(1);
        // In both, the standings come after the frame that carries the reveal.
        assertThat(indexOf(newer.wire(), "standings")).isGreaterThan(indexOfEvent(newer.wire(), "ANSWER_REVEALED"));
        assertThat(indexOf(older.wire(), "standings")).isGreaterThan(indexOfEvent(older.wire(), "ANSWER_REVEALED"));
    }

    private static int indexOf(List<JsonNode> frames, String type) {
        for (int i = 0; i < frames.size(); i++) {
            if (type.equals(frames.get(i).path("type").asText())) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfEvent(List<JsonNode> frames, String eventType) {
        for (int i = 0; i < frames.size(); i++) {
            if (CrowdClient.types(frames.get(i)).contains(eventType)) {
                return i;
            }
        }
        return -1;
    }
}
