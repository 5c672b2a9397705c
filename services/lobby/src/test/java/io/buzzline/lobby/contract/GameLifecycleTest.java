package io.buzzline.lobby.contract;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.EndGame;
import io.buzzline.commands.StartGame;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundStarted;
import io.buzzline.lobby.support.MatchServiceTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * What the lobby learns back from the real match service: a game the host started refuses joins
 * (unless it takes late joins), a game that ended (by the host, or because content could not give
 * its questions) releases its code. The host's start and end are sent to match's intake as the
 * gateway sends them.
 */
@QuarkusTest
@WithTestResource(MatchServiceTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class GameLifecycleTest {

    @InjectRedis
    RedisTarget redis;

    @Inject
    RedisDataSource redisData;

    private LobbyFixture lobby;
    private MatchSide match;

    @BeforeEach
    void fixture() {
        lobby = new LobbyFixture(redis);
        match = new MatchSide(redis);
    }

    @Test
    void aGameTheHostStartedRefusesLateJoins() {
        Map<String, Object> created = lobby.createdGame(LobbyFixture.classicGame(10));
        String gameId = (String) created.get("gameId");
        String code = (String) created.get("joinCode");
        lobby.join(code, Map.of("nickname", "Ada")).statusCode(201);

        startAsHost(gameId);

        assertThat(match.awaitEvent(gameId, RoundStarted.class).round()).isEqualTo(1);
        assertThat(match.awaitEvent(gameId, QuestionShown.class).questionNumber())
                .isEqualTo(1);
        awaitStatus(gameId, "STARTED");
        lobby.join(code, Map.of("nickname", "Late")).statusCode(409).body("type", matchesPattern(".*/game-started"));
        given().filter(lobby.contract())
                .get("/games?language=en")
                .then()
                .statusCode(200)
                .body("gameId", not(hasItem(gameId)));
    }

    @Test
    void aGameWithLateJoinTakesPlayersWhileItRuns() {
        Map<String, Object> body = new HashMap<>(LobbyFixture.classicGame(10));
        body.put("lateJoin", true);
        Map<String, Object> created = lobby.createdGame(body);
        String gameId = (String) created.get("gameId");
        lobby.join((String) created.get("joinCode"), Map.of("nickname", "Early"))
                .statusCode(201);
        startAsHost(gameId);
        awaitStatus(gameId, "STARTED");

        String late = lobby.join((String) created.get("joinCode"), Map.of("nickname", "Late"))
                .statusCode(201)
                .extract()
                .path("playerId");

        match.awaitEvent(gameId, PlayerJoined.class, joined -> joined.playerId().equals(late));
        long startedAt = sequenceOf(gameId, RoundStarted.class);
        long lateAt = match.log(gameId).stream()
                .filter(e -> e.event() instanceof PlayerJoined joined
                        && joined.playerId().equals(late))
                .mapToLong(EventEnvelope::sequence)
                .findFirst()
                .orElseThrow();
        assertThat(lateAt).isGreaterThan(startedAt);
    }

    @Test
    void aGameTheHostEndedReleasesItsCode() {
        Map<String, Object> created = lobby.createdGame(LobbyFixture.classicGame(10));
        String gameId = (String) created.get("gameId");
        String code = (String) created.get("joinCode");
        match.awaitEvent(gameId, QuestionsLoaded.class);
        lobby.join(code, Map.of("nickname", "Early Bird")).statusCode(201);

        match.send(gameId, new EndGame("h_" + gameId.substring(2)));

        assertThat(match.awaitEvent(gameId, GameEnded.class).reason()).isEqualTo(GameEnded.Reason.ENDED_BY_HOST);
        awaitStatus(gameId, "ENDED");
        given().filter(lobby.contract())
                .get("/codes/{code}", code)
                .then()
                .statusCode(404)
                .body("type", matchesPattern(".*/game-not-found"));
        lobby.join(code, Map.of("nickname", "Too Late")).statusCode(404);
        // The ended game's records stay readable for ended-retention (1 h by default), then expire.
        for (String record : List.of("lobby", "members", "nicks")) {
            String key = redis.names().game(gameId).key(record);
            await().atMost(MatchSide.PATIENCE)
                    .untilAsserted(() -> assertThat(redisData.key().pttl(key))
                            .as("time to live of %s", key)
                            .isBetween(1L, Duration.ofHours(1).toMillis()));
        }
    }

    @Test
    void aGameWhoseQuestionsCannotBeFetchedEndsAndReleasesItsCode() {
        // The lobby checks the pack at create; it is gone by the time match fetches it.
        Map<String, Object> body = new HashMap<>(LobbyFixture.classicGame(10));
        body.put("packId", "once-" + System.nanoTime());
        Map<String, Object> created = lobby.createdGame(body);
        String gameId = (String) created.get("gameId");

        assertThat(match.awaitEvent(gameId, GameEnded.class).reason()).isEqualTo(GameEnded.Reason.CONTENT_UNAVAILABLE);
        awaitStatus(gameId, "ENDED");
        given().filter(lobby.contract())
                .get("/codes/{code}", created.get("joinCode"))
                .then()
                .statusCode(404);
    }

    private void startAsHost(String gameId) {
        // The host starts once the questions are in, as a host screen would (match refuses it before).
        match.awaitEvent(gameId, QuestionsLoaded.class);
        match.send(gameId, new StartGame("h_" + gameId.substring(2)));
    }

    private long sequenceOf(String gameId, Class<?> type) {
        return match.log(gameId).stream()
                .filter(e -> type.isInstance(e.event()))
                .mapToLong(EventEnvelope::sequence)
                .findFirst()
                .orElseThrow();
    }

    private void awaitStatus(String gameId, String status) {
        await().atMost(MatchSide.PATIENCE).untilAsserted(() -> given().filter(lobby.contract())
                .get("/games/{id}", gameId)
                .then()
                .statusCode(200)
                .body("status", equalTo(status)));
    }
}
