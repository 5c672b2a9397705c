package io.buzzline.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Redis names the gateway reads and writes, as match and lobby define them: every key of a game
 * carries the hash tag {@code {g:<id>}} so it shares the game's Redis Cluster slot.
 */
@ApplicationScoped
public class GatewayKeys {

    private final String prefix;

    public GatewayKeys(GatewayConfig config) {
        this.prefix = config.redis().keyPrefix();
    }

    /** The game's event log, a stream with entry ids {@code <sequence>-0} (written by match). */
    public String log(String gameId) {
        return game(gameId) + "log";
    }

    /** Pub/sub channel on which match publishes every event it appends to the log. */
    public String live(String gameId) {
        return game(gameId) + "live";
    }

    /** Pub/sub channel on which match reports the commands it refused. */
    public String rejections(String gameId) {
        return game(gameId) + "rejections";
    }

    /** Hash of gateway instance → its players' connection count (read by the lobby). */
    public String presence(String gameId) {
        return game(gameId) + "presence";
    }

    /** The game id of a live or rejection channel name, or null for any other name. */
    public String gameOf(String channel) {
        String start = prefix + "{g:";
        int end = channel.indexOf("}:", start.length());
        return channel.startsWith(start) && end > 0 ? channel.substring(start.length(), end) : null;
    }

    private String game(String gameId) {
        return prefix + "{g:" + gameId + "}:";
    }
}
