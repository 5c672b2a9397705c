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
import io.buzzline.gateway.config.GatewayKeys;

/**
 * Reads a game's event log from Redis. Entry ids are {@code <sequence>-0}, so "everything after n" is
 * {@code XRANGE log (n+1)-0 +}, read in pages so a long game never makes one huge reply.
 */
@ApplicationScoped
public class EventLogReader {

    private static final int PAGE = 1000;

    private final Redis redis;
    private final GatewayKeys keys;
    private final EventCodec codec = new EventCodec();

    public EventLogReader(Redis redis, GatewayKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** The logged events with a sequence above {@code after}, in order. */
    public Uni<List<LoggedEvent>> readAfter(String gameId, long after) {
        return page(keys.log(gameId), (after + 1) + "-0", new ArrayList<>());
    }

    /** At most {@code count} logged events with a sequence above {@code after}, in order. */
    public Uni<List<LoggedEvent>> readPage(String gameId, long after, int count) {
        Request range = Request.cmd(Command.XRANGE)
                .arg(keys.log(gameId))
                .arg((after + 1) + "-0")
                .arg("+")
                .arg("COUNT")
                .arg(count);
        return redis.send(range).map(reply -> {
            List<LoggedEvent> events = new ArrayList<>();
            if (reply != null) {
                for (Response entry : reply) {
                    events.add(decode(entry.get(1)));
                }
            }
            return events;
        });
    }

    private Uni<List<LoggedEvent>> page(String log, String from, List<LoggedEvent> into) {
        Request range = Request.cmd(Command.XRANGE)
                .arg(log)
                .arg(from)
                .arg("+")
                .arg("COUNT")
                .arg(PAGE);
        return redis.send(range).flatMap(reply -> {
            if (reply == null) {
                return Uni.createFrom().item(into);
            }
            for (Response entry : reply) {
                into.add(decode(entry.get(1)));
            }
            if (reply.size() < PAGE) {
                return Uni.createFrom().item(into);
            }
            return page(log, "(" + reply.get(reply.size() - 1).get(0).toString(), into);
        });
    }

    private LoggedEvent decode(Response fields) {
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            if ("event".equals(fields.get(i).toString())) {
                return decode(fields.get(i + 1).toString());
            }
        }
        throw new IllegalStateException("a log entry without an event field");
    }

    /** Decodes one event's JSON as match writes it to the log and the live channel. */
    public LoggedEvent decode(String json) {
        return LoggedEvent.of(codec.decode(json), json);
    }
}
