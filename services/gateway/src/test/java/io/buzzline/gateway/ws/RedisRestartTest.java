package io.buzzline.gateway.ws;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.EndGame;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.support.Deliveries;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.MatchOnOwnRedisResource;
import io.buzzline.gateway.support.ResumingClient;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisServer;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * Redis killed with SIGKILL and started again on its append-only file under a live game, once at once
 * and once after most of a second down, with the real match service on the same Redis. The gateway's
 * pub/sub connection dies with it each time: every client must still receive exactly the events its role
 * may see, each once, in order, through the end of the game, whether its socket stayed open or it had to
 * resume. (The e2e ChaosIT once saw a gateway whose players stopped at the question Redis died in.)
 */
@QuarkusTest
@WithTestResource(MatchOnOwnRedisResource.class)
@WithTestResource(TokenKeysTestResource.class)
class RedisRestartTest {

    private static final String HOST = "host-1";
    private static final List<String> PLAYERS = List.of("p1", "p2", "p3");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/ws")
    URI endpoint;

    @InjectRedis
    RedisServer server;

    @InjectRedis
    RedisTarget redis;

    private final String gameId = "g-" + UUID.randomUUID();
    private final Map<String, ResumingClient> clients = new LinkedHashMap<>();

    @AfterEach
    void closeClients() {
        clients.values().forEach(ResumingClient::close);
    }

    @Test
    void everyClientGetsEveryEventOnceInOrderAcrossRedisRestarts() throws InterruptedException {
        URI ws = URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        try (GameDriver games = new GameDriver(redis)) {
            games.create(gameId, HOST, GameDriver.settings(RoundMode.CLASSIC, 3, Duration.ofSeconds(60)), PLAYERS);
        }
        clients.put(HOST, ResumingClient.start(() -> ws, Tokens.host(gameId, HOST)));
        PLAYERS.forEach(p -> clients.put(p, ResumingClient.start(() -> ws, Tokens.player(gameId, p, "Nick-" + p))));
        send(new StartGame(HOST));
        String q1 = question(1);

        // Down and up again at once (the ~0.1 s of ChaosIT), mid-question.
        server.restart();
        send(new SubmitAnswer("p1", q1, "B", Instant.now()));
        send(new SubmitAnswer("p2", q1, "A", Instant.now()));
        String q2 = revealAndShowNext(2);

        // Down for most of a second: the gateway's reconnects fail a few times first.
        server.kill();
        Thread.sleep(700);
        server.restart();
        send(new SubmitAnswer("p3", q2, "C", Instant.now()));
        revealAndShowNext(3);

        server.restart();
        send(new EndGame(HOST));
        EventEnvelope ended = awaitEvent(EventType.GAME_ENDED, 1);
        clients.values().forEach(client -> client.awaitSequence(ended.sequence(), WAIT));

        List<EventEnvelope> log = log();
        Deliveries.assertExact(log, clients, HOST);
    }

    /** Skips the open question (revealing it) and shows question {@code number}; returns its id. */
    private String revealAndShowNext(int number) {
        send(new SkipQuestion(HOST));
        awaitEvent(EventType.ANSWER_REVEALED, number - 1);
        send(new ShowNextQuestion(HOST));
        return question(number);
    }

    /** Waits until every client received question {@code number}; returns its id. */
    private String question(int number) {
        EventEnvelope shown = awaitEvent(EventType.QUESTION_SHOWN, number);
        clients.values().forEach(client -> client.awaitSequence(shown.sequence(), WAIT));
        return ((QuestionShown) shown.event()).questionId();
    }

    /** Sends {@code command} on a fresh connection: the pooled ones of a driver die with the server. */
    private void send(GameCommand command) {
        try (GameDriver games = new GameDriver(redis)) {
            games.send(gameId, command);
        }
    }

    private EventEnvelope awaitEvent(EventType type, int count) {
        try (GameDriver games = new GameDriver(redis)) {
            return games.awaitEvent(gameId, type, count);
        }
    }

    private List<EventEnvelope> log() {
        try (GameDriver games = new GameDriver(redis)) {
            return games.log(gameId);
        }
    }
}
