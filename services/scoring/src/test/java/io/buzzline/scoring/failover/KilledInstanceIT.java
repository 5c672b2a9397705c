package io.buzzline.scoring.failover;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.scoring.support.MatchStreams;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.process.ServiceProcess;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two scoring instances as processes of the packaged jar, one Redis key prefix, one PostgreSQL schema,
 * the shipped messaging settings: while both score a burst of games, one is frozen (SIGSTOP) at a moment
 * it holds entries it has not acknowledged, then killed (SIGKILL). The other claims what it left pending
 * and finishes every game: each SCORE_UPDATED counted exactly once (the tally and the board equal the
 * totals the rules give), each game's results in PostgreSQL once, its end confirmed to match, nothing
 * left pending, parked or dead-lettered.
 */
class KilledInstanceIT {

    private static final int GAMES = 12;
    private static final int PLAYERS = 20;
    private static final int QUESTIONS = 8;
    /** The victim is killed holding at least this many entries: most of a read batch (256). */
    private static final int HELD = 200;

    private static final Duration FINISH = Duration.ofMinutes(3);

    private final RedisTestResource redisResource = new RedisTestResource();
    private final PostgresTestResource postgresResource = new PostgresTestResource();
    private final Map<String, String> env = new LinkedHashMap<>();
    private Map<String, String> postgres;
    private MatchStreams match;

    @BeforeEach
    void isolate() {
        Map<String, String> redis = redisResource.start();
        postgres = postgresResource.start();
        String url = redis.get("quarkus.redis.hosts");
        String prefix = redis.get(RedisTestResource.KEY_PREFIX_PROPERTY);
        env.put("BUZZLINE_REDIS_URL", url);
        env.put("BUZZLINE_REDIS_KEY_PREFIX", prefix);
        // The schema of this run, as environment variables the service's configuration reads.
        postgres.forEach((key, value) -> env.put(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value));
        match = new MatchStreams(new RedisTarget(url, prefix));
    }

    @AfterEach
    void cleanUp() {
        match.close();
        postgresResource.stop();
        redisResource.stop();
    }

    @Test
    void anInstanceKilledMidBatchLosesNothing() throws SQLException, InterruptedException {
        // The victim tallies one event per script call (max-run 1), as scoring did before it applied a
        // game's waiting events as one run: slow enough to fall behind the feed and be caught holding most
        // of a read batch. The survivor runs as shipped and finishes the victim's entries in runs (with
        // events the victim tallied before it died, and gaps where it held earlier ones).
        try (ServiceProcess victim = start("scoring-a", Map.of("BUZZLINE_SCORING_MAX_RUN", "1"));
                ServiceProcess survivor = start("scoring-b", Map.of())) {
            List<ScriptedGame> games = new ArrayList<>();
            for (int g = 0; g < GAMES; g++) {
                games.add(new ScriptedGame("killed", PLAYERS, QUESTIONS));
            }
            long expectedEvents = games.stream().mapToLong(ScriptedGame::events).sum();
            // Match's feed, meanwhile: the games run side by side, each game's events in its order.
            Thread feed = Thread.ofPlatform().name("feed").start(() -> feed(games));

            await().atMost(FINISH)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> frozenHoldingEntries(victim, games, expectedEvents));
            long held = pendingOf(victim.label());
            long appliedBefore = applied(games);
            victim.kill();
            feed.join(FINISH.toMillis());
            System.out.printf(
                    "KilledInstanceIT: %s killed holding %d unacknowledged entries, %d of %d events tallied%n",
                    victim.label(), held, appliedBefore, expectedEvents);
            assertThat(held).isGreaterThanOrEqualTo(HELD);
            assertThat(appliedBefore).isLessThan(expectedEvents);

            try {
                await().atMost(FINISH).until(() -> games.stream().allMatch(this::finished));
            } catch (ConditionTimeoutException e) {
                games.stream().filter(game -> !finished(game)).forEach(this::describe);
                throw e;
            }
            assertThat(survivor.alive()).isTrue();
            for (ScriptedGame game : games) {
                assertCountedExactlyOnce(game);
                assertRecordedOnce(game);
                assertThat(parkedCount(game.gameId())).isZero();
            }
            assertThat(pendingInGroup()).isZero();
            assertThat(match.feeds().stream()
                            .mapToLong(stream -> streamLength(stream + ":dlq"))
                            .sum())
                    .as("dead-lettered, over every partition of the feed")
                    .isZero();
        }
    }

    private void feed(List<ScriptedGame> games) {
        try (MatchStreams feeder = new MatchStreams(new RedisTarget(env.get("BUZZLINE_REDIS_URL"), match.prefix()))) {
            games.forEach(game -> feeder.publish(game.setup().toArray(EventEnvelope[]::new)));
            for (int q = 0; q < QUESTIONS; q++) {
                for (ScriptedGame game : games) {
                    feeder.publish(game.question(q).toArray(EventEnvelope[]::new));
                }
            }
            games.forEach(game -> feeder.publish(game.end()));
        }
    }

    private boolean finished(ScriptedGame game) {
        return appliedUpTo(game.gameId()) == game.end().sequence()
                && !match.confirmations(game.gameId()).isEmpty();
    }

    /** Why a game is not finished, for the failure report. */
    private void describe(ScriptedGame game) {
        List<Long> parked = new ArrayList<>();
        match.redis()
                .send(
                        Command.ZRANGE,
                        new RedisNames(match.prefix()).game(game.gameId()).key("scoring:parked"),
                        0,
                        -1,
                        "WITHSCORES")
                .forEach(entry ->
                        parked.add(Math.round(Double.parseDouble(entry.get(1).toString()))));
        System.out.printf(
                "KilledInstanceIT: %s unfinished: applied up to %d of %d, parked %s, confirmations %d, pending %d%n",
                game.gameId(),
                appliedUpTo(game.gameId()),
                game.end().sequence(),
                parked,
                match.confirmations(game.gameId()).size(),
                pendingInGroup());
    }

    private ServiceProcess start(String label, Map<String, String> settings) {
        // The connector names its consumer after HOSTNAME, so the test can tell the instances' entries apart.
        return ServiceProcess.service("scoring")
                .label(label)
                .env(env)
                .env(settings)
                .env("HOSTNAME", label)
                .start();
    }

    /**
     * Freezes {@code victim} and answers true if, frozen, it holds unacknowledged entries while some events
     * are tallied and some still missing; else lets it run on and answers false (the next poll tries again).
     */
    private boolean frozenHoldingEntries(ServiceProcess victim, List<ScriptedGame> games, long expectedEvents) {
        if (pendingOf(victim.label()) < HELD || applied(games) == 0) {
            return false;
        }
        victim.pause();
        if (pendingOf(victim.label()) >= HELD && applied(games) < expectedEvents) {
            return true;
        }
        victim.resume();
        return false;
    }

    private long applied(List<ScriptedGame> games) {
        return games.stream().mapToLong(game -> appliedUpTo(game.gameId())).sum();
    }

    /** The live board holds each player's sum of the log's points: nothing counted twice or lost. */
    private void assertCountedExactlyOnce(ScriptedGame game) {
        Map<String, Long> board = new HashMap<>();
        game.expectedTotals().keySet().forEach(player -> board.put(player, boardScore(game.gameId(), player)));
        assertThat(board).isEqualTo(game.expectedTotals());
    }

    private void assertRecordedOnce(ScriptedGame game) throws SQLException {
        String schema = postgres.get("quarkus.flyway.default-schema");
        try (Connection db = DriverManager.getConnection(
                postgres.get("quarkus.datasource.jdbc.url"),
                postgres.get("quarkus.datasource.username"),
                postgres.get("quarkus.datasource.password"))) {
            assertThat(count(db, "SELECT count(*) FROM " + schema + ".game_result WHERE game_id = ?", game.gameId()))
                    .isEqualTo(1);
            Map<String, Long> scores = new HashMap<>();
            try (PreparedStatement query =
                    db.prepareStatement("SELECT player_id, score FROM " + schema + ".player_game WHERE game_id = ?")) {
                query.setString(1, game.gameId());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        scores.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            assertThat(scores).isEqualTo(game.expectedTotals());
        }
    }

    private static long count(Connection db, String sql, String gameId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, gameId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Entries of the group delivered to the consumer(s) of instance {@code label} and not acknowledged. */
    private long pendingOf(String label) {
        long pending = 0;
        for (String feed : match.feeds()) {
            Response consumers =
                    match.redis().send(Command.XPENDING, feed, "scoring").get(3);
            if (consumers != null) {
                for (Response consumer : consumers) {
                    if (consumer.get(0).toString().startsWith(label + "-")) {
                        pending += Long.parseLong(consumer.get(1).toString());
                    }
                }
            }
        }
        return pending;
    }

    private long pendingInGroup() {
        return match.pendingInGroup();
    }

    private long appliedUpTo(String gameId) {
        Response seq = match.redis()
                .send(Command.HGET, new RedisNames(match.prefix()).game(gameId).key("scoring"), "seq");
        return seq == null ? 0 : seq.toLong();
    }

    private long boardScore(String gameId, String player) {
        Response score = match.redis()
                .send(
                        Command.ZSCORE,
                        new RedisNames(match.prefix()).game(gameId).key("board"),
                        player);
        return score == null ? 0 : Math.round(Double.parseDouble(score.toString()));
    }

    private long parkedCount(String gameId) {
        return match.redis()
                .send(Command.ZCARD, new RedisNames(match.prefix()).game(gameId).key("scoring:parked"))
                .toLong();
    }

    private long streamLength(String key) {
        return match.redis().send(Command.XLEN, key).toLong();
    }
}
