package io.buzzline.gateway.ws;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.buzzline.gateway.support.ResumingClient;
import io.buzzline.gateway.support.ShortLivedSockets;
import io.buzzline.gateway.support.TcpCutProxy;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sockets cut by the server side mid-question, as Knative does at its request timeout: by the gateway
 * itself at the connection's maximum age (a {@code reconnect} frame, then 4010) and abruptly by the
 * platform's proxy (a TCP reset, no close frame). Clients that resume as the protocol says receive
 * exactly the events their role may see, each once, in order.
 */
@QuarkusTest
@TestProfile(ShortLivedSockets.class)
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ServerCutTest extends GatewayTest {

    private static final String HOST = "host-1";
    private static final List<String> PLAYERS = List.of("p1", "p2", "p3");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/ws")
    URI endpoint;

    private final String gameId = "g-" + UUID.randomUUID();
    private final Map<String, ResumingClient> clients = new LinkedHashMap<>();

    @AfterEach
    void closeClients() {
        clients.values().forEach(ResumingClient::close);
    }

    @Test
    void connectionsEndedAtTheirMaximumAgeResumeWithExactlyWhatTheyMissed() {
        URI ws = URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        connectEveryone(() -> ws);
        String q1 = start();

        // Each connection lives at most 3 s: every client is cut and resumes while question 1 is open.
        clients.values().forEach(client -> await().atMost(WAIT)
                .until(() -> client.closeCodes().contains((int) Protocol.CLOSE_RECONNECT)));
        playOn(q1);

        assertExactDelivery();
        clients.values().forEach(client -> {
            JsonNode hint = client.frames("reconnect").getFirst();
            assertThat(hint.path("reason").asText()).isEqualTo("MAX_AGE");
            assertThat(client.connectionCount()).isGreaterThan(1);
        });
    }

    @Test
    void connectionsResetByThePlatformsProxyMidQuestionResumeWithExactlyWhatTheyMissed() {
        try (TcpCutProxy proxy = new TcpCutProxy(endpoint.getPort())) {
            connectEveryone(() -> proxy.uri(endpoint.getPath()));
            String q1 = start();

            // The proxy resets every socket at once, as a platform ending requests would: no close frame.
            proxy.cutAll();
            clients.values().forEach(client -> await().atMost(WAIT)
                    .until(() -> client.closeCodes().contains(-1)));
            playOn(q1);

            assertExactDelivery();
        }
    }

    private void connectEveryone(Supplier<URI> target) {
        games.create(gameId, HOST, GameDriver.settings(RoundMode.CLASSIC, 2, Duration.ofSeconds(30)), PLAYERS);
        clients.put(HOST, ResumingClient.start(target, Tokens.host(gameId, HOST)));
        PLAYERS.forEach(p -> clients.put(p, ResumingClient.start(target, Tokens.player(gameId, p, "Nick-" + p))));
    }

    /** Starts the game; returns once every client received the first question. */
    private String start() {
        games.send(gameId, new StartGame(HOST));
        EventEnvelope shown = games.awaitEvent(gameId, EventType.QUESTION_SHOWN, 1);
        clients.values().forEach(client -> client.awaitSequence(shown.sequence(), WAIT));
        return ((QuestionShown) shown.event()).questionId();
    }

    /** Answers, reveals, shows and skips question 2, ends: live events while clients keep resuming. */
    private void playOn(String q1) {
        games.send(gameId, new SubmitAnswer("p1", q1, "B", Instant.now()));
        games.send(gameId, new SubmitAnswer("p2", q1, "A", Instant.now()));
        games.awaitEvent(gameId, EventType.ANSWER_SUBMITTED, 2);
        games.send(gameId, new SkipQuestion(HOST));
        games.awaitEvent(gameId, EventType.ANSWER_REVEALED, 1);
        games.send(gameId, new ShowNextQuestion(HOST));
        games.awaitEvent(gameId, EventType.QUESTION_SHOWN, 2);
        games.send(gameId, new EndGame(HOST));
        EventEnvelope ended = games.awaitEvent(gameId, EventType.GAME_ENDED, 1);
        clients.values().forEach(client -> client.awaitSequence(ended.sequence(), WAIT));
    }

    private void assertExactDelivery() {
        List<EventEnvelope> log = games.log(gameId);
        Deliveries.assertExact(log, clients, HOST);
    }
}
