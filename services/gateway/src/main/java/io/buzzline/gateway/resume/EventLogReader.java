package io.buzzline.gateway.resume;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.RedisNames;

/**
 * Reads a game's event log from Redis ({@link LogEntry}: "everything after n" is {@code XRANGE log (n-0 +}),
 * in pages so a long game never makes one huge reply.
 */
@ApplicationScoped
public class EventLogReader {

    private static final int PAGE = 1000;

    private final Redis redis;
    private final RedisNames keys;
    private final EventCodec codec = new EventCodec();

    public EventLogReader(Redis redis, RedisNames keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** The logged events with a sequence above {@code after}, in order. */
    public Uni<List<LoggedEvent>> readAfter(String gameId, long after) {
        return page(keys.game(gameId).log(), LogEntry.after(after), new ArrayList<>());
    }

    /** At most {@code count} logged events with a sequence above {@code after}, in order. */
    public Uni<List<LoggedEvent>> readPage(String gameId, long after, int count) {
        return redis.send(range(keys.game(gameId).log(), LogEntry.after(after), count))
                .map(reply -> {
                    List<LoggedEvent> events = new ArrayList<>();
                    if (reply != null) {
                        for (Response entry : reply) {
                            events.add(decode(entry));
                        }
                    }
                    return events;
                });
    }

    private Uni<List<LoggedEvent>> page(String log, String from, List<LoggedEvent> into) {
        return redis.send(range(log, from, PAGE)).flatMap(reply -> {
            if (reply == null) {
                return Uni.createFrom().item(into);
            }
            for (Response entry : reply) {
                into.add(decode(entry));
            }
            if (reply.size() < PAGE) {
                return Uni.createFrom().item(into);
            }
            return page(log, LogEntry.after(into.getLast().sequence()), into);
        });
    }

    private static Request range(String log, String from, int count) {
        return Request.cmd(Command.XRANGE)
                .arg(log)
                .arg(from)
                .arg("+")
                .arg("COUNT")
                .arg(count);
    }

    private LoggedEvent decode(Response entry) {
        return decode(LogEntry.of(entry.get(0).toString(), entry.get(1)).eventJson());
    }

    /** Decodes one event's JSON as match writes it to the log and the live channel. */
    public LoggedEvent decode(String json) {
        return LoggedEvent.of(codec.decode(json), json);
    }
}
