package io.buzzline.gateway.resume;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Redis;

import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.redis.log.LogReader;

/**
 * A game's event log as the gateway needs it: read through the shared {@link LogReader} (pages of 1,000
 * for a whole tail) and decoded into {@link LoggedEvent}s, each with its frame built once.
 */
@ApplicationScoped
public class EventLogReader {

    private final LogReader log;
    private final RedisNames keys;
    private final EventCodec codec = new EventCodec();

    public EventLogReader(Redis redis, RedisNames keys) {
        this.log = new LogReader(redis);
        this.keys = keys;
    }

    /** The logged events with a sequence above {@code after}, in order. */
    public Uni<List<LoggedEvent>> readAfter(String gameId, long after) {
        return log.readAfter(keys.game(gameId), after).map(this::decode);
    }

    /** At most {@code count} logged events with a sequence above {@code after}, in order. */
    public Uni<List<LoggedEvent>> readPage(String gameId, long after, int count) {
        return log.readPage(keys.game(gameId), after, count).map(this::decode);
    }

    private List<LoggedEvent> decode(List<LogEntry> entries) {
        return entries.stream().map(entry -> decode(entry.eventJson())).toList();
    }

    /** Decodes one event's JSON as match writes it to the log and the live channel. */
    public LoggedEvent decode(String json) {
        return LoggedEvent.of(codec.decode(json), json);
    }
}
