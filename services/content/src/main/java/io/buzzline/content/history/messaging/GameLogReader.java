package io.buzzline.content.history.messaging;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.redis.client.Redis;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.GameNames;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.redis.log.LogReader;

/**
 * Reads one game's whole event log ({@link GameNames#log()}) for the blocking archive consumer: the shared
 * {@link LogReader}'s pages of 1,000, awaited here.
 */
@ApplicationScoped
public class GameLogReader {

    /**
     * Bounds the whole read (the blocking client this replaced bounded each page by the Redis client's 10 s);
     * a failed or late read fails the delivery, which is then retried.
     */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final LogReader logs;
    private final RedisNames names;
    private final EventCodec codec = new EventCodec();

    public GameLogReader(Redis redis, ContentConfig config) {
        this.logs = new LogReader(redis);
        this.names = new RedisNames(config.redis().keyPrefix());
    }

    public List<EventEnvelope> read(String gameId) {
        return logs.readAfter(names.game(gameId), 0)
                .map(entries -> entries.stream()
                        .map(entry -> codec.decode(entry.eventJson()))
                        .toList())
                .await()
                .atMost(READ_TIMEOUT);
    }
}
