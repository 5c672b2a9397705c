package io.buzzline.match.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.redis.client.Command;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.GameCommand;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.events.wire.SharedStream;
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

    /** The run's key prefix. */
    public String prefix() {
        return prefix;
    }

    public String key(String gameId, String suffix) {
        return new RedisNames(prefix).game(gameId).key(suffix);
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
                SharedStream.COMMANDS.key(prefix, Partitions.DEFAULT, gameId),
                "*",
                "payload",
                json,
                "content-type",
                "application/json",
                "message-id",
                commandId);
    }

    /**
     * Sends {@code commands} (command id → command) to the stream in one atomic step, so match reads them
     * together, as it reads a crowd's commands arriving within one poll.
     */
    public void sendAll(String gameId, Map<String, GameCommand> commands) {
        List<Object> args = new ArrayList<>();
        args.add(ADD_ALL);
        args.add(1);
        args.add(SharedStream.COMMANDS.key(prefix, Partitions.DEFAULT, gameId));
        commands.forEach((commandId, command) -> {
            args.add(this.commands.encode(new CommandEnvelope(commandId, gameId, Instant.now(), command)));
            args.add(commandId);
        });
        redis.send(Command.EVAL, args.toArray());
    }

    private static final String ADD_ALL = """
            for i = 1, #ARGV, 2 do
              redis.call('XADD', KEYS[1], '*', 'payload', ARGV[i], 'content-type', 'application/json',
                'message-id', ARGV[i + 1])
            end
            return #ARGV / 2
            """;

    /** The game's whole log, in order. */
    public List<EventEnvelope> log(String gameId) {
        return entries(gameId).stream().map(Logged::event).toList();
    }

    /** The game's log with the command id of each entry. */
    public List<Logged> entries(String gameId) {
        List<Logged> out = new ArrayList<>();
        for (LogEntry entry : redis.log(new RedisNames(prefix).game(gameId).log())) {
            out.add(new Logged(entry.commandId(), events.decode(entry.eventJson())));
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
