package io.buzzline.gateway.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.EndGame;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.support.Deliveries;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.ShortLivedSockets;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web client's own connection code (buzzline.js, run by node with its built-in WebSocket) resumes by
 * itself when the gateway ends its socket at the maximum age (reconnect frame, 4010): at once, with its
 * last sequence, and it receives exactly the events a player may see, each once. Needs node on the PATH
 * (node 20/21 with --experimental-websocket, or node >= 22).
 */
@QuarkusTest
@TestProfile(ShortLivedSockets.class)
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class WebClientResumeTest extends GatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCRIPT = Path.of("src", "test", "js", "resume-client.mjs");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/ws")
    URI endpoint;

    private final String gameId = "g-" + UUID.randomUUID();
    private final List<JsonNode> lines = new CopyOnWriteArrayList<>();
    private Process node;

    @AfterEach
    void stopNode() {
        if (node != null) {
            node.destroyForcibly();
        }
    }

    @Test
    void theWebClientResumesByItselfWhenTheGatewayEndsItsSocket() throws IOException {
        games.create(
                gameId, "host-1", GameDriver.settings(RoundMode.CLASSIC, 2, Duration.ofSeconds(30)), List.of("p1"));
        startNode(Tokens.player(gameId, "p1", "Ada"));
        await().atMost(WAIT).until(() -> !lines("welcome").isEmpty());
        long joinedAfter = lines("welcome").getFirst().path("welcome").asLong();

        games.send(gameId, new StartGame("host-1"));
        EventEnvelope shown = games.awaitEvent(gameId, EventType.QUESTION_SHOWN, 1);
        String q1 = ((QuestionShown) shown.event()).questionId();
        // The socket lives at most 3 s: the client is told to reconnect mid-question and does so itself.
        await().atMost(WAIT).until(() -> lines("welcome").size() >= 2);
        games.send(gameId, new SubmitAnswer("p1", q1, "B", Instant.now()));
        games.send(gameId, new SkipQuestion("host-1"));
        games.awaitEvent(gameId, EventType.ANSWER_REVEALED, 1);
        games.send(gameId, new ShowNextQuestion("host-1"));
        games.awaitEvent(gameId, EventType.QUESTION_SHOWN, 2);
        await().atMost(WAIT).until(() -> lines("welcome").size() >= 3);
        games.send(gameId, new EndGame("host-1"));
        long ended = games.awaitEvent(gameId, EventType.GAME_ENDED, 1).sequence();
        await().atMost(WAIT).until(() -> sequences("handled").contains(ended));

        List<Long> expected = Deliveries.forPlayer(games.log(gameId), "p1", joinedAfter);
        assertThat(sequences("frame")).as("event frames as they arrived").isEqualTo(expected);
        assertThat(sequences("handled")).as("events the screen applied").isEqualTo(expected);
        assertThat(lines("reconnect"))
                .allSatisfy(line -> assertThat(line.path("reconnect").asText()).isEqualTo("MAX_AGE"));
        assertThat(lines("closed")).isNotEmpty().allSatisfy(line -> {
            assertThat(line.path("closed").asInt()).isEqualTo(Protocol.CLOSE_RECONNECT);
            // Resumed at once (within the client's half-second spread), not after a back-off.
            assertThat(line.path("delay").asLong()).isLessThan(500);
        });
        // Each resume started from the last sequence seen before the cut.
        long seen = joinedAfter;
        for (JsonNode line : lines.subList(1, lines.size())) {
            if (line.has("welcome")) {
                assertThat(line.path("welcome").asLong()).isEqualTo(seen);
            } else if (line.has("frame")) {
                seen = line.path("frame").asLong();
            }
        }
    }

    private void startNode(String token) throws IOException {
        assertThat(Files.exists(SCRIPT)).as(SCRIPT.toAbsolutePath().toString()).isTrue();
        String ws = endpoint.toString().replaceFirst("^http", "ws");
        node = new ProcessBuilder("node", "--experimental-websocket", SCRIPT.toString(), ws, token)
                .redirectError(ProcessBuilder.Redirect.appendTo(
                        Path.of("target", "web-client-resume.log").toFile()))
                .start();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(JSON.readTree(line));
                }
            } catch (IOException e) {
                // node ended
            }
        });
    }

    private List<JsonNode> lines(String kind) {
        return lines.stream().filter(line -> line.has(kind)).toList();
    }

    private List<Long> sequences(String kind) {
        return lines(kind).stream().map(line -> line.path(kind).asLong()).toList();
    }
}
