package io.buzzline.e2e.support;

import java.util.ArrayList;
import java.util.List;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;
import io.buzzline.testing.redis.RedisCommands;

/** Reads match's per-game keys in Redis: the log {@code <p>{g:<id>}:log} and the meta hash. */
public final class GameLog {

    /** One log entry: the command whose decision logged it, and the event. */
    public record Entry(String commandId, EventEnvelope event) {}

    private final EventCodec codec = new EventCodec();
    private final String url;
    private final String prefix;

    public GameLog(String url, String prefix) {
        this.url = url;
        this.prefix = prefix;
    }

    public List<Entry> entries(String gameId) {
        try (RedisCommands redis = new RedisCommands(url)) {
            Response range = redis.send(Command.XRANGE, key(gameId, "log"), "-", "+");
            List<Entry> entries = new ArrayList<>();
            for (Response item : range) {
                Response fields = item.get(1);
                String commandId = null;
                String event = null;
                for (int i = 0; i + 1 < fields.size(); i += 2) {
                    switch (fields.get(i).toString()) {
                        case "cmd" -> commandId = fields.get(i + 1).toString();
                        case "event" -> event = fields.get(i + 1).toString();
                        default -> {}
                    }
                }
                entries.add(new Entry(commandId, codec.decode(event)));
            }
            return entries;
        }
    }

    public List<EventEnvelope> events(String gameId) {
        return entries(gameId).stream().map(Entry::event).toList();
    }

    /** The instance id holding the game's lease, from {@code meta.owner}. */
    public String owner(String gameId) {
        try (RedisCommands redis = new RedisCommands(url)) {
            Response owner = redis.send(Command.HGET, key(gameId, "meta"), "owner");
            return owner == null ? null : owner.toString();
        }
    }

    private String key(String gameId, String suffix) {
        return prefix + "{g:" + gameId + "}:" + suffix;
    }
}
