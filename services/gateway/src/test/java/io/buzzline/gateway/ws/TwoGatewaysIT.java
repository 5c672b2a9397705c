package io.buzzline.gateway.ws;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.support.Deliveries;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.ResumingClient;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.testing.TestEnvironment;
import io.buzzline.testing.content.ContentStandIn;
import io.buzzline.testing.process.ServiceProcess;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.gateway.support.WsClient.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateway processes of the packaged jar (same Redis prefix, same token key) and the packaged match:
 * the players of one game are spread over both; gateway A dies mid-question (SIGKILL) or is stopped
 * (SIGTERM, drained). A's clients resume on B with their token and last sequence, the game plays to
 * its end, and every client's received sequences equal the game's log as its role may see it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoGatewaysIT {

    private static final String HOST = "host-1";
    private static final List<String> PLAYERS = List.of("p1", "p2", "p3", "p4", "p5", "p6");
    private static final Duration WAIT = Duration.ofSeconds(45);

    private final RedisTarget redis = new RedisTarget(
            TestEnvironment.setting("BUZZLINE_REDIS_URL", "redis://127.0.0.1:6379"),
            "it-gw-" + TestEnvironment.uniqueId() + ":");
    private final TokenKeysTestResource keys = new TokenKeysTestResource();
    private Map<String, String> env;
    private Path privateKey;
    private ContentStandIn content;
    private ServiceProcess match;
    private ServiceProcess gatewayB;
    private ServiceProcess gatewayA;
    private volatile boolean aRouted;
    private GameDriver games;
    private final Map<String, ResumingClient> clients = new LinkedHashMap<>();
    private String gameId;

    @BeforeAll
    void startServices() throws IOException {
        Map<String, String> tokenConfig = keys.start();
        privateKey = Path.of(tokenConfig.get("smallrye.jwt.sign.key.location"));
        content = new ContentStandIn();
        env = Map.of(
                "BUZZLINE_REDIS_URL", redis.url(),
                "BUZZLINE_REDIS_KEY_PREFIX", redis.keyPrefix(),
                "BUZZLINE_TOKEN_PUBLIC_KEY", tokenConfig.get("mp.jwt.verify.publickey.location"),
                "BUZZLINE_CONTENT_URL", content.url());
        match = ServiceProcess.service("match")
                .label("it-match")
                .env(env)
                .env("BUZZLINE_MATCH_INSTANCE_ID", "it-match")
                .start();
        gatewayB = gateway("b");
        games = new GameDriver(redis);
    }

    @AfterAll
    void stopServices() {
        for (AutoCloseable each : new AutoCloseable[] {gatewayB, match, content, games}) {
            try {
                if (each != null) {
                    each.close();
                }
            } catch (Exception e) {
                // stopping anyway
            }
        }
        keys.stop();
        try (RedisCommands commands = new RedisCommands(redis.url())) {
            commands.deleteByPrefix(redis.keyPrefix());
        }
    }

    @AfterEach
    void stopClientsAndA() {
        clients.values().forEach(ResumingClient::close);
        clients.clear();
        if (gatewayA != null) {
            gatewayA.close();
        }
    }

    @Test
    void theClientsOfAKilledGatewayResumeOnTheOtherWithExactlyWhatTheyMissed() {
        String q1 = startGameOverBothGateways("a-killed");

        // p1 answers through A, then A dies in the middle of the question.
        clients.get("p1").send(frame("answer").put("questionId", q1).put("answer", "B"));
        games.awaitEvent(gameId, EventType.ANSWER_SUBMITTED, 1);
        aRouted = false;
        gatewayA.kill();

        // Broken without a close frame: -1 (reset) or 1006 (end of stream), whatever the client saw first.
        onA().forEach(client -> awaitOn(
                client,
                () -> client.connectionCount() > 1
                        && client.closeCodes().stream().anyMatch(code -> code == -1 || code == 1006)));
        playToTheEnd(q1);

        assertEveryClientGotExactlyItsShareOfTheLog();
    }

    @Test
    void aStoppedGatewayDrainsItsClientsToTheOtherOne() throws IOException {
        String q1 = startGameOverBothGateways("a-drained");
        clients.get("p1").send(frame("answer").put("questionId", q1).put("answer", "B"));
        games.awaitEvent(gameId, EventType.ANSWER_SUBMITTED, 1);

        // SIGTERM: the platform stops routing to A and A sends every client away with a resume hint.
        aRouted = false;
        long logBefore = Files.size(gatewayA.log());
        gatewayA.stop(Duration.ofSeconds(30));

        onA().forEach(client -> {
            awaitOn(client, () -> client.closeCodes().contains((int) Protocol.CLOSE_RECONNECT));
            assertThat(client.frames("reconnect").getFirst().path("reason").asText())
                    .isEqualTo("DRAINING");
        });
        assertThat(Files.readString(gatewayA.log()).substring((int) logBefore)).contains("draining 3 connections");
        playToTheEnd(q1);

        assertEveryClientGotExactlyItsShareOfTheLog();
    }

    /** Creates the game, puts the host and the even players on B and the odd ones on A, starts it. */
    private String startGameOverBothGateways(String labelOfA) {
        gameId = "g-" + UUID.randomUUID();
        gatewayA = gateway(labelOfA);
        aRouted = true;
        URI a = ws(gatewayA);
        URI b = ws(gatewayB);
        Supplier<URI> viaA = () -> aRouted ? a : b;
        games.create(gameId, HOST, GameDriver.settings(RoundMode.CLASSIC, 3, Duration.ofSeconds(60)), PLAYERS);
        clients.put(HOST, ResumingClient.start(() -> b, Tokens.signed(privateKey, gameId, HOST, "host", "Host")));
        for (int i = 0; i < PLAYERS.size(); i++) {
            String player = PLAYERS.get(i);
            clients.put(
                    player,
                    ResumingClient.start(
                            i % 2 == 0 ? viaA : () -> b,
                            Tokens.signed(privateKey, gameId, player, "player", "Nick-" + player)));
        }
        clients.get(HOST).send(frame("start"));
        EventEnvelope shown = games.awaitEvent(gameId, EventType.QUESTION_SHOWN, 1);
        clients.values().forEach(client -> client.awaitSequence(shown.sequence(), WAIT));
        return ((QuestionShown) shown.event()).questionId();
    }

    /** The rest of the game through B: answers, reveal, two more questions, the end. */
    private void playToTheEnd(String q1) {
        ResumingClient host = clients.get(HOST);
        clients.get("p2").send(frame("answer").put("questionId", q1).put("answer", "A"));
        games.awaitEvent(gameId, EventType.ANSWER_SUBMITTED, 2);
        host.send(frame("skip"));
        games.awaitEvent(gameId, EventType.ANSWER_REVEALED, 1);
        for (int question = 2; question <= 3; question++) {
            host.send(frame("next"));
            EventEnvelope shown = games.awaitEvent(gameId, EventType.QUESTION_SHOWN, question);
            String id = ((QuestionShown) shown.event()).questionId();
            // p1 was on A: it answers through B now.
            clients.get("p1").send(frame("answer").put("questionId", id).put("answer", "B"));
            games.awaitEvent(gameId, EventType.ANSWER_SUBMITTED, question + 1);
            host.send(frame("skip"));
            games.awaitEvent(gameId, EventType.ANSWER_REVEALED, question);
        }
        host.send(frame("end"));
        EventEnvelope ended = games.awaitEvent(gameId, EventType.GAME_ENDED, 1);
        clients.values().forEach(client -> client.awaitSequence(ended.sequence(), WAIT));
    }

    private void assertEveryClientGotExactlyItsShareOfTheLog() {
        List<EventEnvelope> log = games.log(gameId);
        Deliveries.assertExact(log, clients, HOST);
    }

    private static void awaitOn(ResumingClient client, Callable<Boolean> condition) {
        try {
            await().atMost(WAIT).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "client closes so far: " + client.closeCodes() + ", connections: " + client.connectionCount(), e);
        }
    }

    private List<ResumingClient> onA() {
        return List.of(clients.get("p1"), clients.get("p3"), clients.get("p5"));
    }

    private ServiceProcess gateway(String name) {
        return ServiceProcess.service("gateway")
                .label("it-gateway-" + name)
                .env(env)
                .env("BUZZLINE_GATEWAY_INSTANCE_ID", "it-gateway-" + name)
                .start();
    }

    private static URI ws(ServiceProcess gateway) {
        return URI.create("ws://127.0.0.1:" + gateway.port() + Protocol.PATH);
    }
}
