package io.buzzline.events.wire;

import java.util.Objects;

import static io.buzzline.events.Require.nonBlank;

/**
 * The Redis names of one game: {@code <prefix>{g:<id>}:<name>}. The names more than one service uses have
 * a method here; a service's own keys of the game come from {@link #key(String)} in that service's key
 * class, so the layout stays in one place.
 */
public record GameNames(String prefix, String gameId) {

    static final String TAG_START = "{g:";
    static final String TAG_END = "}:";

    public GameNames {
        Objects.requireNonNull(prefix, "prefix");
        nonBlank(gameId, "gameId");
    }

    /** A key of this game, in its slot. */
    public String key(String name) {
        nonBlank(name, "name");
        return prefix + TAG_START + gameId + TAG_END + name;
    }

    /**
     * Stream: the game's event log, written by match only; one entry per event, id {@code <sequence>-0}
     * (see {@link LogEntry}). The gateway, content and the tests read it.
     */
    public String log() {
        return key("log");
    }

    /** Pub/sub: one message per append to the log, the appended events' JSON one per line (match → gateways). */
    public String live() {
        return key("live");
    }

    /** Pub/sub: the commands match refused, one {@link CommandRefusal} each (match → gateways). */
    public String rejections() {
        return key("rejections");
    }

    /** Hash: gateway instance → its {@link PresenceShare} of the game's connected players (gateways → lobby). */
    public String presence() {
        return key("presence");
    }
}
