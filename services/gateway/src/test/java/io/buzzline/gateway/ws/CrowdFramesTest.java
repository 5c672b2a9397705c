package io.buzzline.gateway.ws;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.RoundMode;
import io.buzzline.gateway.support.CrowdClient;
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
 * What one CLASSIC question costs each player of a 1,000-player game through the real gateway and the
 * real match, every player answering: at most six frames (the question, the ack of its answer, at most
 * one tick, the reveal, its own score, the standings), whatever the game's size. Under protocol v1
 * every player received every other player's join and score: about 700 frames per question at 1,000.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class CrowdFramesTest extends GatewayTest {

    private static final int PLAYERS = 1000;
    private static final int MAX_FRAMES_PER_QUESTION = 6;
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String HOST = "host-1";

    @TestHTTPResource("/ws")
    URI endpoint;

    private final String gameId = "g-" + UUID.randomUUID();
    private final List<CrowdClient> crowd = new ArrayList<>();

    @AfterEach
    void closeCrowd() {
        crowd.forEach(CrowdClient::close);
    }

    @Test
    void aQuestionCostsEachOfAThousandPlayersAtMostSixFrames() {
        List<String> ids = IntStream.range(0, PLAYERS).mapToObj(i -> "p" + i).toList();
        games.create(gameId, HOST, GameDriver.settings(RoundMode.CLASSIC, 2, Duration.ofSeconds(300), PLAYERS), ids);
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        URI ws = URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<CrowdClient>> opening = ids.stream()
                .map(id -> CrowdClient.connect(
                        http,
                        ws,
                        WsClient.hello(Tokens.player(gameId, id, "Nick-" + id), null)
                                .toString()))
                .toList();
        opening.forEach(open -> crowd.add(open.join()));
        awaitEach(c -> c.has(f -> "welcome".equals(f.path("type").asText())));

        host.send(frame("start").put("id", "start"));
        awaitEach(c -> c.has(f -> CrowdClient.isEvent(f, "QUESTION_SHOWN")));
        for (int i = 0; i < PLAYERS; i++) {
            JsonNode shown = crowd.get(i).frames().stream()
                    .filter(f -> CrowdClient.isEvent(f, "QUESTION_SHOWN"))
                    .findFirst()
                    .orElseThrow()
                    .path("event")
                    .path("data");
            JsonNode choices = shown.path("choices");
            crowd.get(i)
                    .send(frame("answer")
                            .put("id", "a" + i)
                            .put("questionId", shown.path("questionId").asText())
                            .put("answer", choices.get(i % choices.size()).asText())
                            .toString());
        }
        // Every answer is in: the question is revealed, then the standings of its points go out.
        awaitEach(c -> c.has(f -> "standings".equals(f.path("type").asText())));
        host.send(frame("next").put("id", "next"));
        awaitEach(c -> c.frames().stream()
                        .filter(f -> CrowdClient.isEvent(f, "QUESTION_SHOWN"))
                        .count()
                == 2);

        Map<Integer, Integer> histogram = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < PLAYERS; i++) {
            List<JsonNode> question = CrowdClient.between(
                    crowd.get(i).frames(),
                    f -> CrowdClient.isEvent(f, "QUESTION_SHOWN"),
                    f -> CrowdClient.isEvent(f, "QUESTION_SHOWN"));
            histogram.merge(question.size(), 1, Integer::sum);
            question.forEach(f -> kinds.merge(kind(f), 1, Integer::sum));
            String me = ids.get(i);
            assertThat(question)
                    .as("frames of %s in question 1", me)
                    .hasSizeLessThanOrEqualTo(MAX_FRAMES_PER_QUESTION)
                    .noneMatch(f -> CrowdClient.isEvent(f, "ANSWER_SUBMITTED"))
                    .allMatch(f -> !"event".equals(f.path("type").asText())
                            || !f.path("event").path("data").has("playerId")
                            || me.equals(f.path("event")
                                    .path("data")
                                    .path("playerId")
                                    .asText()));
        }
        Log.infof("frames per player in one question of %d players: %s; by kind: %s", PLAYERS, histogram, kinds);
    }

    private void awaitEach(java.util.function.Predicate<CrowdClient> done) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> crowd.stream()
                .allMatch(done));
    }

    private static String kind(JsonNode frame) {
        String type = frame.path("type").asText();
        return "event".equals(type) ? frame.path("event").path("type").asText() : type;
    }
}
