package io.buzzline.match.log;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Redis;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.LivePubSub;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.TraceFields;
import io.buzzline.match.redis.GameKeys;
import io.buzzline.match.redis.RedisPipelines;
import io.buzzline.redis.log.LogReader;
import io.buzzline.redis.script.RedisScript;
import io.buzzline.redis.streams.redis.PipelinedConnection;

/**
 * Each game's event log: a Redis stream whose entry ids are {@code <sequence>-0}, so a reader resumes
 * from a sequence number ({@link LogEntry}). Each entry holds the event JSON and the id of the command that
 * produced it. Appends are fenced, gap-checked and idempotent in one script.
 */
@ApplicationScoped
public class EventLog {

    private final LogReader reader;
    private final PipelinedConnection appends;
    private final RedisScript appendScript;
    private final EventCodec codec = new EventCodec();

    public EventLog(Redis redis, RedisPipelines pipelines, LivePubSub pubSub) {
        this.reader = new LogReader(redis);
        this.appends = pipelines.appends();
        this.appendScript = LogScripts.append(pubSub);
    }

    /**
     * Appends {@code events} (consecutive, the first one following the log's head) for {@code commandId}
     * if {@code token} still holds the lease and the command is not logged yet; publishes each on the
     * game's live channel in the same step. {@code cursor} (may be null) is the intake entry handled.
     */
    public Uni<AppendResult> append(
            GameKeys keys, String token, String commandId, String cursor, List<EventEnvelope> events) {
        return append(keys, token, cursor, List.of(new CommandEvents(commandId, events)), null);
    }

    /**
     * Appends the events of several commands, in order, as one step: all of them or none (fenced, a
     * command already logged, or the first event not following the log's head). {@code cursor} (may be
     * null) is the last intake entry handled with them. {@code traceparent} (null when not traced) leads the
     * live message as its trace line ({@link TraceFields#liveLine}).
     */
    public Uni<AppendResult> append(
            GameKeys keys, String token, String cursor, List<CommandEvents> commands, String traceparent) {
        EventEnvelope first = commands.getFirst().events().getFirst();
        EventEnvelope last = commands.getLast().events().getLast();
        List<String> args = new ArrayList<>(6 + 3 * commands.size());
        args.add(token);
        args.add(cursor == null ? "" : cursor);
        args.add(keys.liveChannel());
        args.add(Long.toString(first.sequence()));
        args.add(last.type() == EventType.GAME_ENDED ? "1" : "0");
        args.add(traceparent == null ? "" : TraceFields.liveLine(traceparent));
        for (CommandEvents command : commands) {
            args.add(command.commandId());
            args.add(Integer.toString(command.events().size()));
            args.addAll(command.json());
        }
        return appendScript
                .run(appends::send, List.of(keys.lease(), keys.meta(), keys.log(), keys.processed()), args)
                .map(reply ->
                        AppendResult.of(reply.get(0).toLong(), reply.get(1).toLong()));
    }

    /**
     * One command's events, at least one, with their JSON encoded once here: the same text goes to the
     * log, the live channel and the events stream (a reveal owing 7,000 players points encoded each twice).
     */
    public record CommandEvents(String commandId, List<EventEnvelope> events, List<String> json) {

        private static final EventCodec CODEC = new EventCodec();

        public CommandEvents {
            if (events.isEmpty()) {
                throw new IllegalArgumentException("a command without events has nothing to append");
            }
            if (json.size() != events.size()) {
                throw new IllegalArgumentException("one JSON text per event");
            }
            events = List.copyOf(events);
            json = List.copyOf(json);
        }

        public CommandEvents(String commandId, List<EventEnvelope> events) {
            this(commandId, events, events.stream().map(CODEC::encode).toList());
        }
    }

    /** The logged events with a sequence above {@code after}, in order (the shared {@link LogReader}'s pages). */
    public Uni<List<LoggedEvent>> readAfter(GameKeys keys, long after) {
        return reader.readAfter(keys.names(), after).map(entries -> entries.stream()
                .map(entry -> new LoggedEvent(entry.commandId(), codec.decode(entry.eventJson())))
                .toList());
    }

    /** One entry of a game's log. */
    public record LoggedEvent(String commandId, EventEnvelope event) {}
}
