package io.buzzline.match.log;

import java.util.List;

/**
 * The Redis names of one game. Every key carries the hash tag {@code {g:<id>}} so one game's keys share
 * a Redis Cluster slot and a Lua script may touch them all atomically.
 */
public record GameKeys(String gameId, String lease, String meta, String log, String processed, String snapshot) {

    public static GameKeys of(String prefix, String gameId) {
        String base = prefix + "{g:" + gameId + "}:";
        return new GameKeys(gameId, base + "lease", base + "meta", base + "log", base + "commands", base + "snapshot");
    }

    /** The pub/sub channel every appended event is published on (same slot, for sharded pub/sub later). */
    public String liveChannel() {
        return log.substring(0, log.length() - "log".length()) + "live";
    }

    /** The pub/sub channel rejected commands are reported on, for the gateway to answer the sender. */
    public String rejectionChannel() {
        return log.substring(0, log.length() - "log".length()) + "rejections";
    }

    /** Every key that expires with the game. */
    public List<String> all() {
        return List.of(lease, meta, log, processed, snapshot);
    }
}
