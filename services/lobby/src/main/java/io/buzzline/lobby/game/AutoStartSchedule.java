package io.buzzline.lobby.game;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoreRange;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ZAddArgs;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import io.quarkus.redis.datasource.value.ValueCommands;

/**
 * The quick-play start countdowns, shared by every lobby instance through Redis: a sorted set of
 * game → start time, the "questions are loaded" mark match's events leave, and a per-game claim so
 * that exactly one instance sends a game's start.
 */
@ApplicationScoped
public class AutoStartSchedule {

    /** Longer than any match round trip; a claimer that died lets another instance retry after it. */
    private static final Duration CLAIM_TTL = Duration.ofSeconds(60);

    /** Outlives any game that waits for players; the mark only matters until the start. */
    private static final Duration READY_TTL = Duration.ofDays(1);

    private final RedisDataSource redis;
    private final SortedSetCommands<String, String> sortedSets;
    private final ValueCommands<String, String> values;
    private final LobbyKeys keys;

    public AutoStartSchedule(RedisDataSource redis, LobbyKeys keys) {
        this.redis = redis;
        this.sortedSets = redis.sortedSet(String.class);
        this.values = redis.value(String.class);
        this.keys = keys;
    }

    /** Sets the game's start time: a running countdown is kept unless {@code start} overrides it. */
    public void arm(String gameId, AutoStartRule.StartAt start) {
        ZAddArgs args = start.overridesCountdown() ? new ZAddArgs().lt() : new ZAddArgs().nx();
        sortedSets.zadd(keys.autoStarts(), args, start.at().toEpochMilli(), gameId);
    }

    /** The game's start time, if a countdown runs. */
    public Optional<Instant> startTime(String gameId) {
        OptionalDouble score = sortedSets.zscore(keys.autoStarts(), gameId);
        return score.isPresent() ? Optional.of(Instant.ofEpochMilli((long) score.getAsDouble())) : Optional.empty();
    }

    /** Games whose start time has come, oldest first. */
    public List<String> due(Instant now, int limit) {
        return sortedSets.zrangebyscore(
                keys.autoStarts(),
                new ScoreRange<>(Double.NEGATIVE_INFINITY, (double) now.toEpochMilli()),
                new ZRangeArgs().limit(0, limit));
    }

    public void disarm(String gameId) {
        sortedSets.zrem(keys.autoStarts(), gameId);
    }

    /** True for the one caller (across instances) that may send this game's start. */
    public boolean claim(String gameId, String claimer) {
        return redis.execute(
                        "SET", keys.autoStartClaim(gameId), claimer, "NX", "PX", Long.toString(CLAIM_TTL.toMillis()))
                != null;
    }

    /** Match has loaded the game's questions, so a start will not be refused for want of them. */
    public void markQuestionsReady(String gameId) {
        values.setex(keys.questionsReady(gameId), READY_TTL.toSeconds(), "1");
    }

    public boolean questionsReady(String gameId) {
        return values.get(keys.questionsReady(gameId)) != null;
    }
}
