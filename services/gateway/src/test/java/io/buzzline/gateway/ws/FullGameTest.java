package io.buzzline.gateway.ws;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.PressBuzz;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.support.CrowdClient;
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

/** Whole games through real WebSocket clients, the real match service and Redis: a host and three players. */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class FullGameTest extends GatewayTest {

    private static final String HOST = "host-1";
    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void aBuzzerGamePlaysToTheEndAndEachRoleGetsExactlyItsView() {
        games.create(
                gameId,
                HOST,
                GameDriver.settings(RoundMode.BUZZER, 2, Duration.ofSeconds(20)),
                List.of("p1", "p2", "p3"));
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        WsClient p1 = greet(Tokens.player(gameId, "p1", "Ada"), null);
        WsClient p2 = greet(Tokens.player(gameId, "p2", "Bob"), null);
        WsClient p3 = greet(Tokens.player(gameId, "p3", "Cy"), null);
        JsonNode welcome = p1.awaitType("welcome");
        assertThat(welcome.path("role").asText()).isEqualTo("player");
        assertThat(welcome.path("view").path("phase").asText()).isEqualTo("LOBBY");
        assertThat(welcome.path("view").path("leaderboard")).hasSize(3);

        host.send(frame("start").put("id", "start"));
        assertThat(host.awaitFrame(f -> "ack".equals(f.path("type").asText()))
                        .path("id")
                        .asText())
                .isEqualTo("start");
        JsonNode shown = p2.awaitEvent("QUESTION_SHOWN", 1).path("event").path("data");
        String q1 = shown.path("questionId").asText();
        assertThat(shown.has("correctAnswer")).isFalse();

        // Someone arriving mid-question renders at once; no view carries the key before the reveal, the
        // host's included (keys before the reveal are for editors and the engine).
        JsonNode lateView = greet(Tokens.player(gameId, "p3", "Cy"), null)
                .awaitType("welcome")
                .path("view");
        assertThat(lateView.path("question").path("questionId").asText()).isEqualTo(q1);
        assertThat(lateView.path("question").has("correctAnswer")).isFalse();
        JsonNode hostView =
                greet(Tokens.host(gameId, HOST), null).awaitType("welcome").path("view");
        assertThat(hostView.path("question").path("questionId").asText()).isEqualTo(q1);
        assertThat(hostView.path("question").has("correctAnswer")).isFalse();

        p2.send(frame("buzz").put("id", "b1").put("questionId", q1));
        // Protocol v3: the buzz is answered by its own event, not by an ack first.
        p2.awaitEvent("BUZZ_PRESSED", 1);
        p2.send(frame("buzz").put("id", "b2").put("questionId", q1));
        assertThat(p2.awaitError("b2").path("code").asText()).isEqualTo("DUPLICATE_BUZZ");
        assertThat(p1.awaitEvent("BUZZER_AWARDED", 1)
                        .path("event")
                        .path("data")
                        .path("playerId")
                        .asText())
                .isEqualTo("p2");
        assertThatTheBuzzWasRankedFromItsOwnDelivery(q1, "p2");
        p1.send(frame("answer").put("id", "a1").put("questionId", q1).put("answer", "A"));
        assertThat(p1.awaitError("a1").path("code").asText()).isEqualTo("NOT_YOUR_TURN");
        p2.send(frame("answer").put("id", "a2").put("questionId", q1).put("answer", "B"));
        JsonNode revealed = p3.awaitEvent("ANSWER_REVEALED", 1).path("event").path("data");
        assertThat(revealed.path("correctAnswer").asText()).isEqualTo("B");
        // The winner's answer, the reveal and its points were one decision: one frame for the winner, the
        // same without the points for everyone else; no ack for the buzz or the answer.
        assertThat(CrowdClient.types(p2.awaitWire(f ->
                        "events".equals(f.path("type").asText()) && f.toString().contains("ANSWER_REVEALED"))))
                .containsExactly("ANSWER_SUBMITTED", "ANSWER_REVEALED", "SCORE_UPDATED");
        assertThat(CrowdClient.types(p3.awaitWire(f ->
                        "events".equals(f.path("type").asText()) && f.toString().contains("ANSWER_REVEALED"))))
                .containsExactly("ANSWER_SUBMITTED", "ANSWER_REVEALED");
        assertThat(p2.frames("ack")).isEmpty();

        host.send(frame("next").put("id", "n1"));
        p1.awaitEvent("QUESTION_SHOWN", 2);
        host.send(frame("skip").put("id", "s1"));
        p1.awaitEvent("ROUND_ENDED", 1);
        host.send(frame("next").put("id", "n2"));
        EventEnvelope ended = games.awaitEvent(gameId, EventType.GAME_ENDED, 1);
        for (WsClient client : List.of(host, p1, p2, p3)) {
            client.awaitFrame(f -> f.path("sequence").asLong() == ended.sequence());
        }

        List<EventEnvelope> log = games.log(gameId);
        long joinedAt = welcome.path("deliveredFrom").asLong();
        assertThat(host.sequences())
                .isEqualTo(Deliveries.forHost(
                        log,
                        host.frames("welcome").getFirst().path("deliveredFrom").asLong()));
        assertThat(p1.sequences()).isEqualTo(Deliveries.forPlayer(log, "p1", joinedAt));
        assertThat(p2.sequences())
                .isEqualTo(Deliveries.forPlayer(
                        log,
                        "p2",
                        p2.frames("welcome").getFirst().path("deliveredFrom").asLong()));
        assertThat(p3.sequences())
                .isEqualTo(Deliveries.forPlayer(
                        log,
                        "p3",
                        p3.frames("welcome").getFirst().path("deliveredFrom").asLong()));
    }

    @Test
    void inClassicRoundsPlayersNeverSeeAnswersOrTheKeyBeforeTheReveal() {
        games.create(
                gameId,
                HOST,
                GameDriver.settings(RoundMode.CLASSIC, 1, Duration.ofSeconds(20)),
                List.of("p1", "p2", "p3"));
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        WsClient p1 = greet(Tokens.player(gameId, "p1", "Ada"), null);
        WsClient p2 = greet(Tokens.player(gameId, "p2", "Bob"), null);
        WsClient p3 = greet(Tokens.player(gameId, "p3", "Cy"), null);
        host.send(frame("start").put("id", "start"));
        String q1 = p1.awaitEvent("QUESTION_SHOWN", 1)
                .path("event")
                .path("data")
                .path("questionId")
                .asText();

        p1.send(frame("answer").put("id", "a1").put("questionId", q1).put("answer", "B"));
        p1.send(frame("answer").put("id", "a1-again").put("questionId", q1).put("answer", "C"));
        assertThat(p1.awaitError("a1-again").path("code").asText()).isEqualTo("ALREADY_ANSWERED");
        p2.send(frame("answer").put("id", "a2").put("questionId", "q-unknown").put("answer", "B"));
        assertThat(p2.awaitError("a2").path("code").asText()).isEqualTo("WRONG_QUESTION");
        // The host counts answers from ticks; nobody receives a CLASSIC answer itself.
        host.awaitFrame(f -> "tick".equals(f.path("type").asText())
                && f.path("answeredCount").asInt() == 1);
        p2.send(frame("answer").put("id", "a3").put("questionId", q1).put("answer", "A"));
        p3.send(frame("answer").put("id", "a4").put("questionId", q1).put("answer", "B"));
        p1.awaitEvent("ANSWER_REVEALED", 1);

        // After the reveal: the distribution for the host, each player's own line, one shared top.
        JsonNode hostStandings = host.awaitType("standings");
        assertThat(hostStandings.path("questionId").asText()).isEqualTo(q1);
        assertThat(hostStandings.path("answeredCount").asInt()).isEqualTo(3);
        assertThat(hostStandings.path("distribution").path("B").asInt()).isEqualTo(2);
        assertThat(hostStandings.path("distribution").path("A").asInt()).isEqualTo(1);
        assertThat(hostStandings.has("me")).isFalse();
        assertThat(hostStandings.path("top")).hasSize(3);
        for (WsClient player : List.of(p1, p2, p3)) {
            JsonNode standings = player.awaitType("standings");
            assertThat(standings.path("top")).isEqualTo(hostStandings.path("top"));
            assertThat(standings.has("distribution")).isFalse();
            assertThat(standings.path("me").path("rank").asInt()).isBetween(1, 3);
            assertThat(standings.path("me").has("streak")).isTrue();
        }
        assertThat(host.events("ANSWER_SUBMITTED")).isEmpty();

        List<EventEnvelope> log = games.log(gameId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (WsClient player : List.of(p1, p2, p3)) {
                assertThat(player.events("ANSWER_SUBMITTED")).isEmpty();
                assertThat(player.events("QUESTIONS_LOADED")).isEmpty();
            }
        });
        assertThat(log.stream().filter(e -> e.event() instanceof QuestionsLoaded))
                .isNotEmpty();
        assertThat(host.events("QUESTIONS_LOADED")).isEmpty();
        assertThat(p1.sequences())
                .isEqualTo(Deliveries.forPlayer(
                        log,
                        "p1",
                        p1.frames("welcome").getFirst().path("deliveredFrom").asLong()));
    }

    /**
     * The gateway stamped the buzz with when it wrote the question's frame to that player (after match
     * opened it, before the buzz came in, by the one clock of this machine), and the engine ranked the buzz
     * from that moment: its delivery lag is the stamp less the question's opening.
     */
    private void assertThatTheBuzzWasRankedFromItsOwnDelivery(String questionId, String playerId) {
        QuestionShown shown = games.log(gameId).stream()
                .map(EventEnvelope::event)
                .filter(QuestionShown.class::isInstance)
                .map(QuestionShown.class::cast)
                .filter(q -> q.questionId().equals(questionId))
                .findFirst()
                .orElseThrow();
        PressBuzz press = games.commands().stream()
                .filter(command -> command.gameId().equals(gameId))
                .map(CommandEnvelope::command)
                .filter(PressBuzz.class::isInstance)
                .map(PressBuzz.class::cast)
                .filter(b -> b.playerId().equals(playerId) && b.questionId().equals(questionId))
                .findFirst()
                .orElseThrow();
        assertThat(press.shownAt()).as("the question's write to %s", playerId).isNotNull();
        assertThat(press.shownAt()).isAfterOrEqualTo(shown.opensAt()).isBeforeOrEqualTo(press.receivedAt());
        BuzzPressed pressed = games.log(gameId).stream()
                .map(EventEnvelope::event)
                .filter(BuzzPressed.class::isInstance)
                .map(BuzzPressed.class::cast)
                .filter(b -> b.playerId().equals(playerId))
                .findFirst()
                .orElseThrow();
        assertThat(pressed.deliveryLagMillis())
                .isEqualTo(Duration.between(shown.opensAt(), press.shownAt()).toMillis());
    }
}
