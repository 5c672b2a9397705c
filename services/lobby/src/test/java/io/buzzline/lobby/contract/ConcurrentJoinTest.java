package io.buzzline.lobby.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.JoinGame;
import io.buzzline.events.PlayerJoined;
import io.buzzline.lobby.support.MatchServiceTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 2,000 joins to one game at once: distinct players or clear errors, no duplicate nickname, no loss,
 * and the real match service holds exactly the players the lobby admitted.
 */
@QuarkusTest
@WithTestResource(MatchServiceTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ConcurrentJoinTest {

    private static final int JOINS = 2_000;

    @InjectRedis
    RedisTarget redis;

    @Test
    void twoThousandSimultaneousJoinsNeverShareANicknameOrGetLost() throws Exception {
        LobbyFixture lobby = new LobbyFixture(redis);
        Map<String, Object> created = lobby.createdGame(LobbyFixture.classicGame(1_500));
        String code = (String) created.get("joinCode");
        String gameId = (String) created.get("gameId");

        // 1,800 distinct nicknames, 200 of them sent twice; capacity 1,500 so some joins find it full.
        List<String> nicknames = new ArrayList<>();
        for (int i = 0; i < JOINS; i++) {
            nicknames.add("Player " + (i % 1_800));
        }
        List<Answer> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            List<Future<Response>> futures = new ArrayList<>();
            for (String nickname : nicknames) {
                futures.add(pool.submit(() -> given().contentType("application/json")
                        .body(Map.of("nickname", nickname))
                        .post("/codes/{code}/players", code)));
            }
            for (Future<Response> future : futures) {
                responses.add(Answer.of(future.get()));
            }
        }

        List<JsonNode> joined = responses.stream()
                .filter(r -> r.status() == 201)
                .map(Answer::body)
                .toList();
        Map<String, Long> refusals = responses.stream()
                .filter(r -> r.status() != 201)
                .collect(Collectors.groupingBy(r -> r.body().path("type").asText(), Collectors.counting()));
        assertThat(joined).hasSize(1_500);
        assertThat(refusals.keySet()).allMatch(type -> type.endsWith("/game-full") || type.endsWith("/nickname-taken"));
        assertThat(refusals.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(JOINS - 1_500);
        assertThat(joined.stream().map(body -> body.path("nickname").asText()).distinct())
                .hasSize(1_500);
        assertThat(joined.stream().map(body -> body.path("playerId").asText()).distinct())
                .hasSize(1_500);

        List<String> joinCommands = lobby.queuedCommands().stream()
                .filter(command -> command.gameId().equals(gameId) && command.command() instanceof JoinGame)
                .map(command -> ((JoinGame) command.command()).playerId())
                .toList();
        assertThat(joinCommands).hasSize(1_500).doesNotHaveDuplicates();

        // Match added each of them once, with the nickname the lobby gave back.
        MatchSide match = new MatchSide(redis);
        Map<String, String> nicknameByPlayer = joined.stream()
                .collect(Collectors.toMap(body -> body.path("playerId").asText(), body -> body.path("nickname")
                        .asText()));
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> match.events(gameId, PlayerJoined.class).size() >= 1_500);
        List<PlayerJoined> inMatch = match.events(gameId, PlayerJoined.class);
        assertThat(inMatch).hasSize(1_500);
        assertThat(inMatch.stream().collect(Collectors.toMap(PlayerJoined::playerId, PlayerJoined::nickname)))
                .isEqualTo(nicknameByPlayer);
    }

    /**
     * A response's status and body, read once with Jackson: RestAssured's {@code jsonPath()} compiles a Groovy
     * expression per call, which made reading 2,000 answers cost more than the joins themselves.
     */
    private record Answer(int status, JsonNode body) {
        private static final ObjectMapper JSON = new ObjectMapper();

        static Answer of(Response response) throws Exception {
            return new Answer(response.statusCode(), JSON.readTree(response.asString()));
        }
    }
}
