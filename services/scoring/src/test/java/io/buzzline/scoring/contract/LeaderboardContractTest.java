package io.buzzline.scoring.contract;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Leaderboard endpoints against the OpenAPI document: ranks, neighbours, ties and errors. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class LeaderboardContractTest {

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

    /** A BUZZER game where a scores 3 × 100, b and c 2 × 100 each, d 1 × 100 and e nothing. */
    private String playedGame() {
        GameLog game = new GameLog("board");
        match.publish(
                game.created(StreakBonus.OFF, GameLog.buzzer(8, 100, 0)),
                game.joined("a"),
                game.joined("b"),
                game.joined("c"),
                game.joined("d"),
                game.joined("e"),
                game.roundStarted(RoundMode.BUZZER, 8));
        Map<String, Long> totals = new HashMap<>();
        EventEnvelope last = null;
        for (String winner : List.of("a", "a", "a", "b", "b", "c", "c", "d")) {
            EventEnvelope shown = game.shown();
            EventEnvelope answer = game.answered(winner, RoundMode.BUZZER, 1_000, true);
            EventEnvelope revealed = game.revealed();
            long total = totals.merge(winner, 100L, Long::sum);
            last = game.scored(answer, 100, total, "BUZZER_CORRECT", 0);
            match.publish(shown, answer, revealed, last);
        }
        long lastSequence = last.sequence();
        await().atMost(Duration.ofSeconds(15)).until(() -> match.appliedUpTo(game.gameId()) == lastSequence);
        return game.gameId();
    }

    @Test
    void aGameBoardListsPlayersBestFirstWithSharedRanksForTies() {
        String gameId = playedGame();
        given().filter(openApi.contract())
                .get("/leaderboards/games/{id}?limit=10", gameId)
                .then()
                .statusCode(200)
                .body("board", equalTo("game:" + gameId))
                .body("players", equalTo(5))
                .body("standings.playerId", equalTo(List.of("a", "c", "b", "d", "e")))
                .body("standings.score", equalTo(List.of(300, 200, 200, 100, 0)))
                .body("standings.rank", equalTo(List.of(1, 2, 2, 4, 5)));
    }

    @Test
    void aPlayerSeesTheirRankAndHowFarBehindTheNextPlaceTheyAre() {
        String gameId = playedGame();
        given().filter(openApi.contract())
                .get("/leaderboards/games/{id}/players/{player}", gameId, "d")
                .then()
                .statusCode(200)
                .body("you.rank", equalTo(4))
                .body("you.score", equalTo(100))
                .body("ahead.playerId", equalTo("b"))
                .body("pointsBehind", equalTo(100))
                .body("behind.playerId", equalTo("e"));
        given().filter(openApi.contract())
                .get("/leaderboards/games/{id}/players/{player}", gameId, "a")
                .then()
                .statusCode(200)
                .body("you.rank", equalTo(1))
                .body("ahead", nullValue())
                .body("pointsBehind", equalTo(0));
    }

    @Test
    void unknownBoardsAndPlayersAreProblems() {
        given().filter(openApi.contract())
                .get("/leaderboards/games/{id}", "no-such-game")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://buzzline.dev/problems/leaderboard-not-found"));
        given().filter(openApi.contract())
                .get("/leaderboards/global/{period}/players/{player}", "weekly", "nobody")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://buzzline.dev/problems/player-not-on-leaderboard"));
        given().filter(openApi.responsesOnly())
                .get("/leaderboards/global/{period}", "monthly")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void limitsOutOfRangeAreRejected() {
        given().filter(openApi.responsesOnly())
                .get("/leaderboards/global/daily?limit=1000")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://buzzline.dev/problems/invalid-request"));
    }

    @Test
    void aGlobalBoardIsServedEvenWhenEmpty() {
        given().filter(openApi.contract())
                .get("/leaderboards/global/all-time?limit=5")
                .then()
                .statusCode(200)
                .body("board", equalTo("all"));
    }
}
