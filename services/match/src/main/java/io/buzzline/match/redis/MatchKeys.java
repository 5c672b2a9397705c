package io.buzzline.match.redis;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.events.wire.RedisNames;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.match.config.MatchConfig;

/** The Redis names this instance uses: per game ({@link GameKeys}) and shared under the {@code {match}} tag. */
@ApplicationScoped
public class MatchKeys {

    private final RedisNames names;

    public MatchKeys(MatchConfig config) {
        this.names = new RedisNames(config.redis().keyPrefix());
    }

    public GameKeys game(String gameId) {
        return GameKeys.of(names.game(gameId));
    }

    /** Sorted set: game id → when its lease expires (ms); the takeover scan reads the expired ones. */
    public String registry() {
        return names.tagged("match", "games");
    }

    /** Sorted set: match instance id → when it was last seen (ms); partitions follow the live ones. */
    public String members() {
        return names.tagged("match", "members");
    }

    /** One partition of the region's command stream. */
    public String commands(int partition) {
        return SharedStream.COMMANDS.key(names.prefix(), partition);
    }
}
