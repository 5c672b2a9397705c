package io.buzzline.scoring.messaging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.buzzline.events.EventEnvelope;
import io.buzzline.scoring.support.EngineGame;
import io.buzzline.scoring.support.MatchStreams;
import io.buzzline.scoring.support.RandomEngineGame;
import io.buzzline.scoring.tally.GameScorer;
import io.buzzline.testing.postgres.InjectPostgres;
import io.buzzline.testing.postgres.PostgresTarget;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One truth at the end of a game, however its log reaches scoring: a random game decided by the real
 * engine (random answers, a late join, a leave, a skip, BUZZER penalties, a host who ends the instant
 * the last reveal is in) is delivered with duplicates, out of order, and with its first third already
 * applied by an instance that died before acknowledging it (so it comes again). Scoring's results
 * (REST) and its PostgreSQL rows equal the sum of the log's points per player, which equals the
 * engine's final totals. A seeded loop of delivery orders: jqwik does not run inside a @QuarkusTest.
 * The seeds' games share their players, so all but the first record players who played before.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class UnreliableDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectRedis
    RedisTarget redis;

    @InjectPostgres
    PostgresTarget postgres;

    @Inject
    GameScorer scorer;

    private MatchStreams match;

    @BeforeEach
    void connect() {
        match = new MatchStreams(redis);
    }

    @AfterEach
    void close() {
        match.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void resultsAndRowsEqualThePointsInTheLog(long seed) throws SQLException {
        Random random = new Random(seed);
        EngineGame game = RandomEngineGame.play("unreliable-" + seed, random);
        List<EventEnvelope> log = game.log();
        Map<String, Long> expected = game.pointsInLog();
        game.state().players().values().forEach(p -> assertThat(p.total())
                .as("engine total of %s", p.playerId())
                .isEqualTo(expected.get(p.playerId())));

        // An instance applied the first third and died before acknowledging: all of it comes again.
        log.subList(0, log.size() / 3).forEach(scorer::score);
        match.publish(unreliably(log, random).toArray(EventEnvelope[]::new));

        long end = log.getLast().sequence();
        await().atMost(WAIT).until(() -> match.appliedUpTo(game.gameId()) == end && recorded(game.gameId()));
        assertThat(resultScores(game.gameId())).isEqualTo(expected);
        assertThat(rowScores(game.gameId())).isEqualTo(expected);
        assertThat(match.board(game.gameId())).isEqualTo(expected);
    }

    /** Every event at least once: about a fifth twice, and many a few places early or late. */
    private static List<EventEnvelope> unreliably(List<EventEnvelope> log, Random random) {
        List<EventEnvelope> delivery = new ArrayList<>(log);
        for (EventEnvelope event : log) {
            if (random.nextInt(5) == 0) {
                int at = delivery.indexOf(event) + 1 + random.nextInt(10);
                delivery.add(Math.min(at, delivery.size()), event);
            }
        }
        for (int i = 0; i + 1 < delivery.size(); i++) {
            if (random.nextInt(3) == 0) {
                Collections.swap(delivery, i, Math.min(delivery.size() - 1, i + 1 + random.nextInt(5)));
            }
        }
        return delivery;
    }

    private boolean recorded(String gameId) {
        return given().get("/games/{id}/results", gameId).statusCode() == 200;
    }

    private Map<String, Long> resultScores(String gameId) {
        List<Map<String, Object>> players =
                given().get("/games/{id}/results", gameId).jsonPath().getList("players");
        Map<String, Long> scores = new HashMap<>();
        players.forEach(p -> scores.put((String) p.get("playerId"), ((Number) p.get("score")).longValue()));
        return scores;
    }

    private Map<String, Long> rowScores(String gameId) throws SQLException {
        Map<String, Long> scores = new HashMap<>();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                PreparedStatement query =
                        db.prepareStatement("SELECT player_id, score FROM player_game WHERE game_id = ?")) {
            query.setString(1, gameId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    scores.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return scores;
    }
}
