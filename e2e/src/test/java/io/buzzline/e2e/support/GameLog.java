package io.buzzline.e2e.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.testing.redis.RedisCommands;

/** Reads match's per-game keys in Redis: the game's log and its meta hash. */
public final class GameLog {

    /** One log entry: the command whose decision logged it, and the event. */
    public record Entry(String commandId, EventEnvelope event) {}

    private final EventCodec codec = new EventCodec();
    private final Supplier<RedisCommands> redis;
    private final RedisNames names;

    /** {@code redis} opens a client of the run's Redis (a server or a cluster) for each read. */
    public GameLog(Supplier<RedisCommands> redis, String prefix) {
        this.redis = redis;
        this.names = new RedisNames(prefix);
    }

    public List<Entry> entries(String gameId) {
        try (RedisCommands client = redis.get()) {
            List<Entry> entries = new ArrayList<>();
            for (LogEntry entry : client.log(names.game(gameId).log())) {
                entries.add(new Entry(entry.commandId(), codec.decode(entry.eventJson())));
            }
            return entries;
        }
    }

    public List<EventEnvelope> events(String gameId) {
        return entries(gameId).stream().map(Entry::event).toList();
    }

    /** The instance id holding the game's lease, from {@code meta.owner}. */
    public String owner(String gameId) {
        try (RedisCommands client = redis.get()) {
            Response owner = client.send(Command.HGET, names.game(gameId).key("meta"), "owner");
            return owner == null ? null : owner.toString();
        }
    }
}
