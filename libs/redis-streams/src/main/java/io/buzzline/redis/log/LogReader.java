package io.buzzline.redis.log;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

import io.buzzline.events.wire.GameNames;
import io.buzzline.events.wire.LogEntry;

/**
 * The one reader of a game's event log ({@link GameNames#log()}, entries as {@link LogEntry}): "after n" is
 * {@code XRANGE log (n-0 + COUNT c}, a whole tail is read page by page so a long game never makes one huge
 * reply. Entries come back as logged (sequence, command id, event JSON); each caller decodes the event
 * into what it needs. A log that does not exist reads as empty; an entry that is not a log entry fails the
 * read. Non-blocking: blocking callers await the {@link Uni}.
 */
public final class LogReader {

    /** Entries per XRANGE when a whole tail is read. */
    public static final int PAGE = 1000;

    private final Redis redis;
    private final int pageSize;

    public LogReader(Redis redis) {
        this(redis, PAGE);
    }

    public LogReader(Redis redis, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
        }
        this.redis = redis;
        this.pageSize = pageSize;
    }

    /** Every entry with a sequence above {@code after}, in order, read a page at a time. */
    public Uni<List<LogEntry>> readAfter(GameNames game, long after) {
        return pages(game.log(), after, new ArrayList<>());
    }

    /** At most {@code limit} entries with a sequence above {@code after}, in order, in one XRANGE. */
    public Uni<List<LogEntry>> readPage(GameNames game, long after, int limit) {
        return range(game.log(), after, limit);
    }

    private Uni<List<LogEntry>> pages(String log, long after, List<LogEntry> into) {
        return range(log, after, pageSize).flatMap(page -> {
            into.addAll(page);
            if (page.size() < pageSize) {
                return Uni.createFrom().item(into);
            }
            return pages(log, into.getLast().sequence(), into);
        });
    }

    private Uni<List<LogEntry>> range(String log, long after, int count) {
        Request request = Request.cmd(Command.XRANGE)
                .arg(log)
                .arg(LogEntry.after(after))
                .arg("+")
                .arg("COUNT")
                .arg(count);
        return redis.send(request).map(LogReader::decode);
    }

    private static List<LogEntry> decode(Response reply) {
        List<LogEntry> entries = new ArrayList<>(reply == null ? 0 : reply.size());
        if (reply != null) {
            for (Response entry : reply) {
                entries.add(LogEntry.of(entry.get(0).toString(), entry.get(1)));
            }
        }
        return entries;
    }
}
