package io.buzzline.match.redis;

import java.util.List;

import io.buzzline.events.wire.GameNames;

/**
 * The Redis names of one game that match writes: the shared ones ({@link GameNames}: log, live and
 * rejection channels) and its own (lease, meta, the commands handled, the snapshot), all in the game's
 * slot so a Lua script may touch them together.
 */
public record GameKeys(GameNames names, String lease, String meta, String log, String processed, String snapshot) {

    public static GameKeys of(GameNames names) {
        return new GameKeys(
                names,
                names.key("lease"),
                names.key("meta"),
                names.log(),
                names.key("commands"),
                names.key("snapshot"));
    }

    public String gameId() {
        return names.gameId();
    }

    /** The pub/sub channel every append is published on (same slot, for sharded pub/sub later). */
    public String liveChannel() {
        return names.live();
    }

    /** The pub/sub channel rejected commands are reported on, for the gateway to answer the sender. */
    public String rejectionChannel() {
        return names.rejections();
    }

    /** Every key that expires with the game. */
    public List<String> all() {
        return List.of(lease, meta, log, processed, snapshot);
    }
}
