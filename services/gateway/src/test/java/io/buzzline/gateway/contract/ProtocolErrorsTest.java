package io.buzzline.gateway.contract;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.events.RoundMode;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.gateway.support.WsClient;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.gateway.support.WsClient.frame;
import static org.assertj.core.api.Assertions.assertThat;

/** Every way a client frame is refused: each gets an error frame and nothing reaches match. */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ProtocolErrorsTest extends GatewayTest {

    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void malformedJsonUnknownTypesAndBadFieldsGetErrorFramesAndTheConnectionSurvives() {
        WsClient client = connect();
        client.sendRaw("{not json");
        client.send(frame("teleport").put("id", "m1"));
        client.send(frame("ping").put("id", "m2").put("clientTime", "soon"));
        client.send(frame("ping").put("id", "m3").put("extra", 1));
        client.sendRaw("[1,2]");

        assertThat(client.awaitFrame(
                                f -> "MALFORMED_FRAME".equals(f.path("code").asText()))
                        .path("message")
                        .asText())
                .isNotBlank();
        assertThat(client.awaitError("m1").path("code").asText()).isEqualTo("UNKNOWN_TYPE");
        assertThat(client.awaitError("m2").path("code").asText()).isEqualTo("INVALID_FRAME");
        assertThat(client.awaitError("m3").path("message").asText()).contains("extra");
        client.send(frame("ping").put("id", "alive").put("clientTime", 42));
        JsonNode pong = client.awaitFrame(f -> "pong".equals(f.path("type").asText()));
        assertThat(pong.path("id").asText()).isEqualTo("alive");
        assertThat(pong.path("clientTime").asLong()).isEqualTo(42);
        // The measured round trip is the buzz credit: a client must not see it (issue 24).
        assertThat(pong.has("rttMillis")).isFalse();
        assertThat(pong.path("serverTime").asLong()).isPositive();
    }

    @Test
    void aBinaryFrameIsRefusedWithAnErrorFrameAndTheConnectionSurvives() {
        WsClient client = connect();
        client.sendBinary("{\"type\":\"ping\",\"id\":\"bin\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode error = client.awaitFrame(f -> "error".equals(f.path("type").asText()));
        assertThat(error.path("code").asText()).isEqualTo("MALFORMED_FRAME");
        assertThat(error.path("message").asText()).contains("binary", "text");
        client.send(frame("ping").put("id", "after"));
        assertThat(client.awaitFrame(f -> "pong".equals(f.path("type").asText()))
                        .path("id")
                        .asText())
                .isEqualTo("after");
        assertThat(client.frames("pong")).hasSize(1);
    }

    @Test
    void anOversizedFrameIsRefusedWithoutClosing() {
        WsClient client = connect();
        client.send(frame("ping").put("id", "big").put("clientTime", 1).put("pad", "x".repeat(5000)));
        JsonNode error =
                client.awaitFrame(f -> "FRAME_TOO_LARGE".equals(f.path("code").asText()));
        assertThat(error.path("message").asText()).contains("4096");
        client.send(frame("ping").put("id", "after"));
        client.awaitFrame(f -> "pong".equals(f.path("type").asText()));
    }

    @Test
    void aFrameOverTheTransportLimitIsExplainedThenClosedAsTooBig() {
        WsClient client = connect();
        client.trySendRaw("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(client.awaitClose()).isEqualTo(Protocol.CLOSE_TOO_BIG);
        JsonNode error = client.frames("error").getFirst();
        assertThat(error.path("code").asText()).isEqualTo("FRAME_TOO_LARGE");
        assertThat(error.path("message").asText()).contains("4096", "ends the connection");
    }

    @Test
    void commandsBeforeHelloAreRefused() {
        WsClient client = connect();
        long before = games.commandCount();
        client.send(frame("buzz").put("id", "b1").put("questionId", "q1"));
        assertThat(client.awaitError("b1").path("code").asText()).isEqualTo("HELLO_REQUIRED");
        assertThat(games.commandCount()).isEqualTo(before);
    }

    @Test
    void anInvalidTokenIsRefusedAndTheConnectionClosed() {
        WsClient client = connect();
        client.send(WsClient.hello("not-a-token", null).put("id", "h1"));
        assertThat(client.awaitError("h1").path("code").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(client.awaitClose()).isEqualTo(Protocol.CLOSE_UNAUTHENTICATED);
    }

    @Test
    void version1IsRefusedNamingTheSupportedVersion() {
        WsClient client = connect();
        client.send(WsClient.hello(Tokens.player(gameId, "p1", "Ada"), null)
                .put("v", 1)
                .put("id", "h2"));
        JsonNode error = client.awaitError("h2");
        assertThat(error.path("code").asText()).isEqualTo("UNSUPPORTED_VERSION");
        assertThat(error.path("message").asText()).contains("versions 2 to 3");
        assertThat(client.frames("welcome")).isEmpty();
    }

    @Test
    void aVersionIsAJsonIntegerTakenWholeNeverWrappedOrParsed() {
        WsClient client = connect();
        String token = Tokens.player(gameId, "p1", "Ada");
        List<String> versions =
                List.of("4294967297", "4294967298", "-4294967295", "9223372036854775809", "18446744073709551617");
        for (int i = 0; i < versions.size(); i++) {
            client.sendRaw("{\"type\":\"hello\",\"id\":\"w" + i + "\",\"v\":" + versions.get(i) + ",\"token\":\""
                    + token + "\"}");
            assertThat(client.awaitError("w" + i).path("code").asText())
                    .as(versions.get(i))
                    .isEqualTo("UNSUPPORTED_VERSION");
        }
        client.sendRaw("{\"type\":\"hello\",\"id\":\"d\",\"v\":2.0,\"token\":\"" + token + "\"}");
        client.sendRaw("{\"type\":\"hello\",\"id\":\"s\",\"v\":\"2\",\"token\":\"" + token + "\"}");
        assertThat(client.awaitError("d").path("code").asText()).isEqualTo("INVALID_FRAME");
        assertThat(client.awaitError("s").path("code").asText()).isEqualTo("INVALID_FRAME");
        assertThat(client.frames("welcome")).isEmpty();
    }

    @Test
    void commandsOutsideTheRoleAreForbiddenAndNeverReachMatch() {
        WsClient player = greet(Tokens.player(gameId, "p1", "Ada"), null);
        WsClient host = greet(Tokens.host(gameId, "h1"), null);
        long before = games.commandCount();

        player.send(frame("start").put("id", "s1"));
        player.send(frame("kick").put("id", "k1").put("playerId", "p2"));
        host.send(frame("buzz").put("id", "b1").put("questionId", "q1"));
        host.send(frame("answer").put("id", "a1").put("questionId", "q1").put("answer", "B"));

        assertThat(player.awaitError("s1").path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(player.awaitError("k1").path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(host.awaitError("b1").path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(host.awaitError("a1").path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(games.commandCount()).isEqualTo(before);
    }

    /**
     * Match's refusal travels by pub/sub and the ack by the stream append's reply, so the refusal used to
     * arrive first for about one command in three; the protocol draws ack, then error.
     */
    @Test
    void aRefusalFromMatchAlwaysFollowsItsCommandsAck() {
        games.create(
                gameId, "h1", GameDriver.settings(RoundMode.CLASSIC, 1, Duration.ofSeconds(30)), List.of("p1", "p2"));
        List<WsClient> players = List.of(
                greet(Tokens.player(gameId, "p1", "Ada"), null), greet(Tokens.player(gameId, "p2", "Bob"), null));
        for (int i = 0; i < 15; i++) {
            for (WsClient player : players) {
                // The game has not started: match refuses every answer.
                player.send(frame("answer")
                        .put("id", "a" + i)
                        .put("questionId", "q1")
                        .put("answer", "B"));
            }
        }
        for (WsClient player : players) {
            for (int i = 0; i < 15; i++) {
                String id = "a" + i;
                JsonNode error = player.awaitError(id);
                assertThat(error.path("code").asText()).as(id).isNotEmpty();
                List<JsonNode> frames = player.frames();
                int ack = indexOf(frames, "ack", id);
                assertThat(ack).as("ack of %s", id).isNotNegative();
                assertThat(ack).as("ack of %s before its error", id).isLessThan(indexOf(frames, "error", id));
                assertThat(frames.stream()
                                .filter(f -> "ack".equals(f.path("type").asText())
                                        && id.equals(f.path("id").asText())))
                        .as("one ack for %s", id)
                        .hasSize(1);
            }
        }
    }

    private static int indexOf(List<JsonNode> frames, String type, String id) {
        for (int i = 0; i < frames.size(); i++) {
            if (type.equals(frames.get(i).path("type").asText())
                    && id.equals(frames.get(i).path("id").asText())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aSecondHelloIsRefused() {
        WsClient client = greet(Tokens.player(gameId, "p1", "Ada"), null);
        client.send(WsClient.hello(Tokens.player(gameId, "p1", "Ada"), null).put("id", "again"));
        assertThat(client.awaitError("again").path("code").asText()).isEqualTo("ALREADY_GREETED");
    }

    @Test
    void aResumeBeyondTheLogIsReportedAndDeliveryStartsFromTheView() {
        WsClient client = connect();
        client.send(WsClient.hello(Tokens.player(gameId, "p1", "Ada"), 99L).put("id", "r1"));
        assertThat(client.awaitError("r1").path("code").asText()).isEqualTo("INVALID_RESUME");
        JsonNode welcome = client.awaitType("welcome");
        assertThat(welcome.path("deliveredFrom").asLong()).isZero();
        assertThat(welcome.path("view").path("phase").asText()).isEqualTo("NEW");
    }

    @Test
    void aFloodIsRateLimitedThenAbusersAreClosed() {
        WsClient client = connect();
        for (int i = 0; i < 30; i++) {
            client.send(frame("ping").put("id", "f" + i));
        }
        JsonNode limited =
                client.awaitFrame(f -> "RATE_LIMITED".equals(f.path("code").asText()));
        assertThat(limited.path("message").asText()).contains("per second");
        for (int i = 0; i < 80 && client.trySendRaw("{"); i++) {
            // Keep misbehaving until the server gives up on the connection.
        }
        assertThat(client.awaitClose()).isEqualTo(Protocol.CLOSE_POLICY);
    }
}
