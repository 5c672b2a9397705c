package io.buzzline.match.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.GameCommand;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.json.EventCodec;
import io.buzzline.testing.redis.RedisCommands;

import static org.awaitility.Awaitility.await;

/** Drives match as its senders do: commands into the intake stream; reads game logs back from Redis. */
public final class MatchDriver implements AutoCloseable {

    private final RedisCommands redis;
    private final String prefix;
    private final CommandCodec commands = new CommandCodec();
    private final EventCodec events = new EventCodec();

    public MatchDriver(String url, String prefix) {
        this.redis = new RedisCommands(url);
        this.prefix = prefix;
    }

    public RedisCommands redis() {
        return redis;
    }

    public String key(String gameId, String suffix) {
        return prefix + "{g:" + gameId + "}:" + suffix;
    }

    /** Sends {@code command} with a fresh command id, which it returns. */
    public String send(String gameId, GameCommand command) {
        String commandId = UUID.randomUUID().toString();
        send(commandId, gameId, command);
        return commandId;
    }

    public void send(String commandId, String gameId, GameCommand command) {
        String json = commands.encode(new CommandEnvelope(commandId, gameId, Instant.now(), command));
        redis.send(
                Command.XADD,
                prefix + "{match}:commands",
                "*",
                "payload",
                json,
                "content-type",
                "application/json",
                "message-id",
                commandId);
    }

    /** The game's whole log, in order. */
    public List<EventEnvelope> log(String gameId) {
        return entries(gameId).stream().map(Logged::event).toList();
    }

    /** The game's log with the command id of each entry. */
    public List<Logged> entries(String gameId) {
        List<Logged> out = new ArrayList<>();
        for (Response entry : redis.send(Command.XRANGE, key(gameId, "log"), "-", "+")) {
            Response fields = entry.get(1);
            String cmd = null;
            EventEnvelope event = null;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if ("cmd".equals(fields.get(i).toString())) {
                    cmd = fields.get(i + 1).toString();
                } else if ("event".equals(fields.get(i).toString())) {
                    event = events.decode(fields.get(i + 1).toString());
                }
            }
            out.add(new Logged(cmd, event));
        }
        return out;
    }

    /** Waits (bounded) until the log holds an event of {@code type}, and returns the last such. */
    public EventEnvelope awaitEvent(String gameId, EventType type) {
        return awaitEvent(gameId, type, 1);
    }

    /** Waits until the log holds {@code count} events of {@code type}, and returns the last one. */
    public EventEnvelope awaitEvent(String gameId, EventType type, int count) {
        return await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> log(gameId).stream().filter(e -> e.type() == type).toList(),
                        found -> found.size() >= count)
                .getLast();
    }

    /** One log entry. */
    public record Logged(String commandId, EventEnvelope event) {}

    @Override
    public void close() {
        redis.close();
    }
}
