package io.buzzline.lobby.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import io.vertx.redis.client.Command;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.GameCommand;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEvent;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.redis.streams.StreamFields;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;

import static org.awaitility.Awaitility.await;

/**
 * What the real match service made of the lobby's commands, read where match keeps it: each game's
 * event log {@code <prefix>{g:<id>}:log} (field {@code event}, EventCodec JSON). Also sends the
 * commands a host sends through the gateway (start, end), written to match's intake as the gateway
 * writes them.
 */
final class MatchSide {

    /** Match runs as a separate JVM on a shared 2-core machine: be patient, never assume a speed. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final RedisTarget redis;
    private final EventCodec events = new EventCodec();
    private final CommandCodec commands = new CommandCodec();

    MatchSide(RedisTarget redis) {
        this.redis = redis;
    }

    /** The game's log as match wrote it, in sequence order. */
    List<EventEnvelope> log(String gameId) {
        try (RedisCommands client = new RedisCommands(redis.url())) {
            List<EventEnvelope> result = new ArrayList<>();
            for (LogEntry entry : client.log(redis.names().game(gameId).log())) {
                result.add(events.decode(entry.eventJson()));
            }
            return result;
        }
    }

    /** The game's events of one type, in log order. */
    <T extends GameEvent> List<T> events(String gameId, Class<T> type) {
        return log(gameId).stream()
                .map(EventEnvelope::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** Waits until match has logged an event of this type that matches, and returns it. */
    <T extends GameEvent> T awaitEvent(String gameId, Class<T> type, Predicate<T> matching) {
        AtomicReference<T> found = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            events(gameId, type).stream().filter(matching).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    <T extends GameEvent> T awaitEvent(String gameId, Class<T> type) {
        return awaitEvent(gameId, type, event -> true);
    }

    /** Writes a command to match's intake the way the gateway does for a host. */
    void send(String gameId, GameCommand command) {
        String commandId = gameId + ":test:" + UUID.randomUUID();
        String json = commands.encode(new CommandEnvelope(commandId, gameId, Instant.now(), command));
        try (RedisCommands client = new RedisCommands(redis.url())) {
            client.send(
                    Command.XADD,
                    SharedStream.COMMANDS.key(redis.keyPrefix(), Partitions.DEFAULT, gameId),
                    "*",
                    StreamFields.PAYLOAD,
                    json,
                    StreamFields.CONTENT_TYPE,
                    StreamFields.TEXT,
                    StreamFields.MESSAGE_ID,
                    commandId);
        }
    }
}
