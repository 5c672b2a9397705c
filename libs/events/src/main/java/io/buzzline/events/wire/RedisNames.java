package io.buzzline.events.wire;

import java.util.Objects;

/**
 * Where everything services share lives in Redis, under one key prefix (a region's, or a test run's).
 * Per-game names carry the hash tag {@code {g:<id>}} so one game's keys, log and channels share a Redis
 * Cluster slot and a Lua script may touch them together; the region's shared streams carry the tag
 * {@code {match}}. The one place these layouts are spelled: services build their own keys from it too.
 */
public record RedisNames(String prefix) {

    public RedisNames {
        Objects.requireNonNull(prefix, "prefix");
    }

    /** The names of one game. */
    public GameNames game(String gameId) {
        return new GameNames(prefix, gameId);
    }

    /** The key of one of the region's shared streams. */
    public String stream(SharedStream stream) {
        return stream.key(prefix);
    }

    /**
     * A key of the region under a hash tag of its own, e.g. {@code tagged("match", "games")} =
     * {@code <prefix>{match}:games}; {@code name} may be empty for a key that is only its tag.
     */
    public String tagged(String tag, String name) {
        return prefix + "{" + tag + "}" + (name.isEmpty() ? "" : ":" + name);
    }

    /** A key of the region without a hash tag, e.g. {@code plain("lobby:public")}. */
    public String plain(String name) {
        return prefix + name;
    }

    /** The game id in a per-game key or channel name of this prefix ({@code <prefix>{g:<id>}:...}), or null. */
    public String gameOf(String name) {
        String start = prefix + GameNames.TAG_START;
        if (!name.startsWith(start)) {
            return null;
        }
        int end = name.indexOf(GameNames.TAG_END, start.length());
        return end > start.length() ? name.substring(start.length(), end) : null;
    }
}
