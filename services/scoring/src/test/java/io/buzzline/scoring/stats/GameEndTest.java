package io.buzzline.scoring.stats;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

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
import io.buzzline.testing.postgres.InjectPostgres;
import io.buzzline.testing.postgres.PostgresTarget;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** GAME_ENDED: results and stats in a real PostgreSQL (schema migrated from empty), once per game. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class GameEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @InjectRedis
    RedisTarget redis;

    @InjectPostgres
    PostgresTarget postgres;

    private MatchStreams match;

    @BeforeEach
    void connect() {
        match = new MatchStreams(redis);
    }

    @AfterEach
    void close() {
        match.close();
    }

    /** p1 wins with two right answers (875 + 975 with the streak), p2 one right (1000), p3 none. */
    private GameLog playedGame(String name, String p1, String p2, String p3) {
        GameLog game = new GameLog(name);
        match.publish(
                game.created(StreakBonus.DEFAULT, GameLog.classic(2, 1000)),
                game.joined(p1),
                game.joined(p2),
                game.joined(p3),
                game.roundStarted(RoundMode.CLASSIC, 2),
                game.shown());
        EventEnvelope a1 = game.answered(p1, RoundMode.CLASSIC, 5_000, true);
        EventEnvelope a2 = game.answered(p2, RoundMode.CLASSIC, 300, true);
        EventEnvelope a3 = game.answered(p3, RoundMode.CLASSIC, 2_000, false);
        match.publish(
                a1,
                a2,
                a3,
                game.revealed(),
                game.scored(a1, 875, 875, "CLASSIC_CORRECT", 1),
                game.scored(a2, 1000, 1000, "CLASSIC_CORRECT", 1),
                game.scored(a3, 0, 0, "CLASSIC_WRONG", 0),
                game.shown());
        EventEnvelope b1 = game.answered(p1, RoundMode.CLASSIC, 5_000, true);
        EventEnvelope b2 = game.answered(p2, RoundMode.CLASSIC, 6_000, false);
        match.publish(
                b1,
                b2,
                game.revealed(),
                game.scored(b1, 975, 1850, "CLASSIC_STREAK", 2),
                game.scored(b2, 0, 1000, "CLASSIC_WRONG", 0));
        return game;
    }

    @Test
    void migrationsRanFromAnEmptySchema() throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("1");
        }
    }

    @Test
    void resultsAndStatsArePersistedAtTheEndAndConfirmedToMatch() {
        GameLog game = playedGame("end", "e1", "e2", "e3");
        match.publish(game.ended());

        await().atMost(WAIT).until(() -> !match.confirmations(game.gameId()).isEmpty());
        assertThat(match.confirmations(game.gameId()).getFirst().getString("consumer"))
                .isEqualTo("scoring");
        given().get("/games/{id}/results", game.gameId())
                .then()
                .statusCode(200)
                .body("endReason", equalTo("COMPLETED"))
                .body("rulesVersion", equalTo("V1"))
                .body("players.playerId", equalTo(java.util.List.of("e1", "e2", "e3")))
                .body("players.score", equalTo(java.util.List.of(1850, 1000, 0)))
                .body("players.rank", equalTo(java.util.List.of(1, 2, 3)));
        given().get("/players/e1/stats")
                .then()
                .statusCode(200)
                .body("gamesPlayed", equalTo(1))
                .body("wins", equalTo(1))
                .body("podiums", equalTo(1))
                .body("answered", equalTo(2))
                .body("correct", equalTo(2))
                .body("accuracy", equalTo(1.0f))
                .body("averageReactionMillis", equalTo(5000))
                .body("bestReactionMillis", equalTo(5000))
                .body("rating", equalTo(1516));
        given().get("/players/e3/stats")
                .then()
                .statusCode(200)
                .body("wins", equalTo(0))
                .body("accuracy", equalTo(0.0f))
                .body("rating", equalTo(1484));
        given().get("/players/e2/games")
                .then()
                .statusCode(200)
                .body("games.gameId", equalTo(java.util.List.of(game.gameId())));
    }

    @Test
    void aRedeliveredGameEndedRecordsTheGameOnce() {
        GameLog game = playedGame("end-twice", "r1", "r2", "r3");
        EventEnvelope ended = game.ended();
        match.publish(ended, ended);

        await().atMost(WAIT).until(() -> match.confirmations(game.gameId()).size() == 2);
        given().get("/players/r1/stats")
                .then()
                .statusCode(200)
                .body("gamesPlayed", equalTo(1))
                .body("rating", equalTo(1516));
        given().get("/players/r1/games").then().statusCode(200).body("total", equalTo(1));
        given().get("/leaderboards/global/all-time/players/r1")
                .then()
                .statusCode(200)
                .body("you.score", equalTo(1850));
    }
}
