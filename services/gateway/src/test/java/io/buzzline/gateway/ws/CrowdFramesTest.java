package io.buzzline.gateway.ws;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import io.buzzline.testing.content.ContentStandIn;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.gateway.support.WsClient.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What one question costs each player of a 1,000-player game through the real gateway and the real
 * match, in protocol v3, every player answering (CLASSIC) or buzzing (BUZZER): at most six frames
 * whatever the game's size. CLASSIC: the question, the ack of its answer, at most one tick, the reveal
 * with its own score in one frame, the standings (five). BUZZER: the question, at most one tick, its
 * buzz's one reply (its own BUZZ_PRESSED or its refusal, no ack), the award, the winner's answer with
 * the reveal in one frame, the standings (six). Under protocol v1 every player received every other
 * player's join and score: about 700 frames per question at 1,000.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class CrowdFramesTest extends GatewayTest {

    private static final int PLAYERS = 1000;
    private static final int MAX_FRAMES_PER_QUESTION = 6;
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String HOST = "host-1";
    /** Events only the player they name receives: no player may get another's. */
    private static final Set<String> OWN_EVENTS =
            Set.of("PLAYER_JOINED", "PLAYER_LEFT", "BUZZ_PRESSED", "SCORE_UPDATED");

    @TestHTTPResource("/ws")
    URI endpoint;

    private final String gameId = "g-" + UUID.randomUUID();
    private final List<CrowdClient> crowd = new ArrayList<>();

    @AfterEach
    void closeCrowd() {
        crowd.forEach(CrowdClient::close);
    }

    @Test
    void aClassicQuestionCostsEachOfAThousandPlayersAtMostSixFrames() {
        List<String> ids = open(RoundMode.CLASSIC);
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        host.send(frame("start").put("id", "start"));
        awaitEach(c -> c.has(f -> CrowdClient.isEvent(f, "QUESTION_SHOWN")));
        for (int i = 0; i < PLAYERS; i++) {
            JsonNode shown = shown(crowd.get(i));
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

        Map<String, Integer> kinds = countFirstQuestion(ids);
        assertThat(kinds)
                .as("one ack per answer, one reveal, one standings per player")
                .containsEntry("ack", PLAYERS)
                .containsEntry("standings", PLAYERS);
        assertThat(kinds.keySet()).noneMatch(kind -> kind.contains("ANSWER_SUBMITTED"));
    }

    @Test
    void aBuzzerQuestionCostsEachOfAThousandBuzzingPlayersAtMostSixFrames() {
        List<String> ids = open(RoundMode.BUZZER);
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        host.send(frame("start").put("id", "start"));
        awaitEach(c -> c.has(f -> CrowdClient.isEvent(f, "QUESTION_SHOWN")));
        for (int i = 0; i < PLAYERS; i++) {
            crowd.get(i)
                    .send(frame("buzz")
                            .put("id", "b" + i)
                            .put(
                                    "questionId",
                                    shown(crowd.get(i)).path("questionId").asText())
                            .toString());
        }
        awaitEach(c -> c.has(f -> CrowdClient.isEvent(f, "BUZZER_AWARDED")));
        JsonNode awarded = CrowdClient.event(
                crowd.getFirst().frames().stream()
                        .filter(f -> CrowdClient.isEvent(f, "BUZZER_AWARDED"))
                        .findFirst()
                        .orElseThrow(),
                "BUZZER_AWARDED");
        int winner = ids.indexOf(awarded.path("data").path("playerId").asText());
        crowd.get(winner)
                .send(frame("answer")
                        .put("id", "a" + winner)
                        .put(
                                "questionId",
                                awarded.path("data").path("questionId").asText())
                        .put("answer", ContentStandIn.CORRECT)
                        .toString());
        awaitEach(c -> c.has(f -> "standings".equals(f.path("type").asText())));
        host.send(frame("next").put("id", "next"));

        Map<String, Integer> kinds = countFirstQuestion(ids);
        // Each buzz got exactly one reply: its own BUZZ_PRESSED or its refusal, never an ack.
        for (int i = 0; i < PLAYERS; i++) {
            String buzz = "b" + i;
            List<JsonNode> replies = crowd.get(i).frames().stream()
                    .filter(f -> buzz.equals(f.path("id").asText()) || CrowdClient.isEvent(f, "BUZZ_PRESSED"))
                    .toList();
            assertThat(replies).as("replies to %s's buzz", ids.get(i)).hasSize(1);
            assertThat(replies.getFirst().path("type").asText()).isNotEqualTo("ack");
        }
        assertThat(kinds).doesNotContainKey("ack").containsEntry("standings", PLAYERS);
    }

    /** Creates the game and connects the crowd, each with its welcome; the player ids in crowd order. */
    private List<String> open(RoundMode mode) {
        List<String> ids = IntStream.range(0, PLAYERS).mapToObj(i -> "p" + i).toList();
        games.create(gameId, HOST, GameDriver.settings(mode, 2, Duration.ofSeconds(300), PLAYERS), ids);
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
        return ids;
    }

    private static JsonNode shown(CrowdClient client) {
        return CrowdClient.event(
                        client.frames().stream()
                                .filter(f -> CrowdClient.isEvent(f, "QUESTION_SHOWN"))
                                .findFirst()
                                .orElseThrow(),
                        "QUESTION_SHOWN")
                .path("data");
    }

    /**
     * Once every player saw the second question: checks each player's frames of the first (from the one
     * that showed it to the one that showed the next) against the bound and for other players' events;
     * returns how many frames of each kind the crowd got.
     */
    private Map<String, Integer> countFirstQuestion(List<String> ids) {
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
            assertThat(question).as("frames of %s in question 1", me).hasSizeLessThanOrEqualTo(MAX_FRAMES_PER_QUESTION);
            assertThat(question.stream().flatMap(f -> CrowdClient.events(f).stream()))
                    .as("events of %s in question 1", me)
                    .filteredOn(e -> OWN_EVENTS.contains(e.path("type").asText()))
                    .allMatch(e -> me.equals(e.path("data").path("playerId").asText()));
        }
        Log.infof("frames per player in one question of %d players: %s; by kind: %s", PLAYERS, histogram, kinds);
        return kinds;
    }

    private void awaitEach(java.util.function.Predicate<CrowdClient> done) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> crowd.stream()
                .allMatch(done));
    }

    /** An aggregate's or answer's type; for events, their types joined by '+' (one frame, several events). */
    private static String kind(JsonNode frame) {
        List<String> types = CrowdClient.types(frame);
        return types.isEmpty() ? frame.path("type").asText() : String.join("+", types);
    }
}
