package io.buzzline.scoring.contract;

import java.time.Duration;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.RoundMode;
import io.buzzline.events.StreakBonus;
import io.buzzline.scoring.support.GameLog;
import io.buzzline.scoring.support.MatchStreams;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Player stats, history and game results against the OpenAPI document, including errors. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PlayerAndResultsContractTest {

    private final OpenApiValidation openApi = OpenApiValidation.ofServedDocument();

    @InjectRedis
    RedisTarget redis;

    private MatchStreams match;

    @BeforeEach
    void connect() {
        match = new MatchStreams(redis);
    }

    @AfterEach
    void close() {
        match.close();
    }

    private String finishedGame(String winner, String loser) {
        GameLog game = new GameLog("results");
        match.publish(
                game.created(StreakBonus.OFF, GameLog.buzzer(1, 100, 50)),
                game.joined(winner),
                game.joined(loser),
                game.roundStarted(RoundMode.BUZZER, 1),
                game.shown());
        EventEnvelope wrong = game.answered(loser, RoundMode.BUZZER, 700, false);
        match.publish(wrong, game.scored(wrong, -50, -50, "BUZZER_WRONG", 0));
        EventEnvelope right = game.answered(winner, RoundMode.BUZZER, 900, true);
        match.publish(right, game.revealed(), game.scored(right, 100, 100, "BUZZER_CORRECT", 0), game.ended());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !match.confirmations(game.gameId()).isEmpty());
        return game.gameId();
    }

    @Test
    void aFinishedGameHasResultsStatsAndHistory() {
        String gameId = finishedGame("w1", "l1");
        given().filter(openApi.contract())
                .get("/games/{id}/results", gameId)
                .then()
                .statusCode(200)
                .body("players.playerId", equalTo(List.of("w1", "l1")))
                .body("players.score", equalTo(List.of(100, -50)))
                .body("players.ratingChange", equalTo(List.of(16, -16)));
        given().filter(openApi.contract())
                .get("/players/{id}/stats", "l1")
                .then()
                .statusCode(200)
                .body("nickname", equalTo("nick-l1"))
                .body("bestReactionMillis", equalTo(700))
                .body("rating", equalTo(1484));
        given().filter(openApi.contract())
                .get("/players/{id}/games?limit=5", "w1")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("games", hasSize(1))
                .body("games[0].rank", equalTo(1));
    }

    @Test
    void unknownPlayersAndGamesAreProblems() {
        given().filter(openApi.contract())
                .get("/players/{id}/stats", "nobody")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://buzzline.dev/problems/player-not-found"))
                .body("instance", equalTo("/players/nobody/stats"));
        given().filter(openApi.contract())
                .get("/games/{id}/results", "no-such-game")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://buzzline.dev/problems/game-not-found"));
        given().filter(openApi.contract())
                .get("/players/{id}/games", "nobody")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void badPagingIsRejected() {
        given().filter(openApi.responsesOnly())
                .get("/players/{id}/games?limit=0", "w1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /** Any offset is a place in the history (issue 18 asked whether "a multiple of limit" was needed: it was not). */
    @Test
    void theHistoryPagesFromAnyOffset() {
        for (int i = 0; i < 3; i++) {
            finishedGame("o1", "o2");
        }
        List<String> all = given().get("/players/{id}/games?limit=3", "o1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("games.gameId", String.class);
        assertThat(all).hasSize(3);
        given().filter(openApi.contract())
                .get("/players/{id}/games?limit=2&offset=1", "o1")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("offset", equalTo(1))
                .body("games.gameId", equalTo(all.subList(1, 3)));
    }
}
