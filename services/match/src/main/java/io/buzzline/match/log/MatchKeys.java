package io.buzzline.match.log;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.match.config.MatchConfig;

/** The Redis names this instance uses: per game ({@link GameKeys}) and shared under the {@code {match}} tag. */
@ApplicationScoped
public class MatchKeys {

    private final String prefix;

    public MatchKeys(MatchConfig config) {
        this.prefix = config.redis().keyPrefix();
    }

    public GameKeys game(String gameId) {
        return GameKeys.of(prefix, gameId);
    }

    /** Sorted set: game id → when its lease expires (ms); the takeover scan reads the expired ones. */
    public String registry() {
        return prefix + "{match}:games";
    }

    /** Hash: match instance id → when it last wrote its heartbeat (ms); tells gone instances' groups apart. */
    public String instances() {
        return prefix + "{match}:instances";
    }

    /** The shared command stream (see {@code io.buzzline.match.messaging.Channels}). */
    public String commands() {
        return prefix + "{match}:commands";
    }
}
