package io.buzzline.gateway.contract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import net.jqwik.engine.SourceOfRandomness;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.StartGame;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.contract.FrameCases.FrameCase;
import io.buzzline.gateway.contract.FrameConnections.Conn;
import io.buzzline.gateway.contract.FrameConnections.Role;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's QA contract suite, WebSocket half: client frames generated from docs/asyncapi.yaml's client
 * message schemas with jqwik's arbitraries ({@link FrameCases}, {@link FrameFaults}), valid or with one
 * part broken, each sent as a player, the host, a spectator or before hello in one of three games (in
 * the lobby, a CLASSIC and a BUZZER question open) on the real gateway and match. {@link FrameOracle}
 * checks each answer against the documents. jqwik's {@code @Property} cannot run inside a
 * {@code @QuarkusTest} (a Jupiter extension), so the tries are drawn with the arbitraries' {@code
 * sampleStream()} (edge cases embedded) from a seeded random; there is no shrinking, a deviation names
 * the try, its frame and the seed: {@code -Dframes.cases=N} (default 1000), {@code
 * -Dframes.seed=S} (default 18, {@code random} for a new one) replay a run; not {@code buzzline.*}, which
 * the gateway's configuration mapping would refuse as unknown.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class DocumentedFramesTest extends GatewayTest {

    private static final int CASES = Integer.getInteger("frames.cases", 1000);
    private static final long SEED = seed(System.getProperty("frames.seed", "18"));

    @ConfigProperty(name = "buzzline.socket.max-frame-bytes")
    int maxFrameBytes;

    @Test
    void everyGeneratedFrameGetsTheAnswerTheDocumentsPromise() {
        List<String> gameIds = games();
        Random random = new Random(SEED);
        FrameConnections connections = new FrameConnections(this::connect, gameIds, random);
        FrameOracle oracle = new FrameOracle(games, maxFrameBytes);
        // jqwik's sampling (generator of genSize 1000 with edge cases embedded) draws from this thread's random.
        SourceOfRandomness.create(Long.toString(SEED));
        Iterator<FrameCase> generator = FrameCases.any().sampleStream().iterator();
        Map<String, Integer> tally = new TreeMap<>();
        long started = System.nanoTime();
        List<FrameCase> seeds = FrameCases.seeds();
        for (int n = 0; n < seeds.size() + CASES && oracle.deviations().size() < 10; n++) {
            FrameCase drawn = n < seeds.size() ? seeds.get(n) : generator.next();
            // A seed goes to the role that may send it, so a refusal by the role cannot hide it.
            Role role = n < seeds.size()
                    ? (drawn.type().equals("kick") ? Role.HOST : Role.PLAYER)
                    : Role.values()[random.nextInt(Role.values().length)];
            boolean fresh = drawn.type().equals("hello") && (role == Role.NONE || random.nextBoolean());
            Conn conn = fresh ? connections.open(role) : connections.pick(role);
            Role as = role == Role.NONE && fresh ? Role.PLAYER : role;
            FrameCase sent = withToken(drawn, connections.token(as, conn.gameId));
            String verdict = oracle.check(n, sent, conn, as, fresh);
            if (fresh) {
                if ("welcome".equals(verdict)) {
                    connections.greeted(conn, as);
                } else {
                    connections.leave(conn);
                    conn.client.close();
                }
            }
            tally.merge(sent.type() + (sent.valid() ? " valid" : " broken") + " → " + verdict, 1, Integer::sum);
        }
        oracle.finish(connections.all());
        Log.infof(
                "DocumentedFramesTest: %d seeds and %d generated frames (seed %d) in %d ms over %d connections: %s",
                seeds.size(),
                CASES,
                SEED,
                (System.nanoTime() - started) / 1_000_000,
                connections.all().size(),
                tally);
        assertThat(oracle.deviations())
                .as("deviations from docs/asyncapi.yaml and docs/protocol.md (seed %d, %d cases)", SEED, CASES)
                .isEmpty();
    }

    /** The games tries are sent in: one in its lobby, one with a CLASSIC and one with a BUZZER question open. */
    private List<String> games() {
        List<String> ids = new ArrayList<>();
        for (RoundMode mode : List.of(RoundMode.CLASSIC, RoundMode.CLASSIC, RoundMode.BUZZER)) {
            String gameId = "g-frames-" + UUID.randomUUID();
            games.create(
                    gameId, "h1", GameDriver.settings(mode, 3, Duration.ofSeconds(300)), List.of("p1", "p2", "p3"));
            ids.add(gameId);
        }
        games.send(ids.get(1), new StartGame("h1"));
        games.send(ids.get(2), new StartGame("h1"));
        return ids;
    }

    /** A hello carries the role's real token, unless the token is what the try broke. */
    private static FrameCase withToken(FrameCase drawn, String token) {
        JsonNode current = drawn.frame().get("token");
        boolean broken = drawn.fault() != null && "token".equals(drawn.fault().field());
        if (current == null || !current.isTextual() || broken) {
            return drawn;
        }
        var frame = drawn.frame().deepCopy();
        frame.put("token", token);
        return new FrameCase(drawn.type(), frame, drawn.fault());
    }

    /** A number, or {@code random} for a new one each run (the report names it, so the run replays). */
    private static long seed(String property) {
        return property.equals("random") ? new Random().nextLong() : Long.parseLong(property);
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static final Set<String> ANSWERS = Set.of("ack", "pong", "page", "welcome", "error");
}
