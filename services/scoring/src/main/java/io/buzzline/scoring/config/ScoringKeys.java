package io.buzzline.scoring.config;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.events.wire.RedisNames;

/**
 * Names of every Redis key scoring owns. Per game, all share the game's hash tag {@code {g:<id>}}; each
 * global leaderboard has a tag of its own, so its guard set lives in its slot.
 */
@ApplicationScoped
public class ScoringKeys {

    private final RedisNames names;

    public ScoringKeys(ScoringConfig config) {
        this.names = new RedisNames(config.redis().keyPrefix());
    }

    /** Hash: the game's live tally (sequence applied, rules version, nicknames, point sums, answer stats). */
    public String tally(String gameId) {
        return names.game(gameId).key("scoring");
    }

    /** Sorted set: events that arrived ahead of an earlier one of the game, event JSON by sequence. */
    public String parked(String gameId) {
        return names.game(gameId).key("scoring:parked");
    }

    /** Sorted set: the game's leaderboard, player → total. */
    public String gameBoard(String gameId) {
        return names.game(gameId).key("board");
    }

    /** Sorted set: a global leaderboard, {@code name} such as {@code day:2026-11-25}. */
    public String globalBoard(String name) {
        return names.tagged("lb:" + name, "");
    }

    /** Set: the games already added to a global leaderboard (same slot as the board). */
    public String globalBoardGames(String name) {
        return globalBoard(name) + ":games";
    }
}
