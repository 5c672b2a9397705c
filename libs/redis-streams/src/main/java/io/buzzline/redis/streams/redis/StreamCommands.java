package io.buzzline.redis.streams.redis;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

import io.buzzline.events.wire.EntryIds;

/** The stream commands the connector sends, as typed calls over one pipelined connection. */
public final class StreamCommands {

    private final PipelinedConnection connection;

    public StreamCommands(PipelinedConnection connection) {
        this.connection = connection;
    }

    /** XADD with {@code MAXLEN ~ maxLen} (no trimming when {@code maxLen <= 0}); returns the entry id. */
    public Uni<String> xadd(String stream, long maxLen, Map<String, byte[]> fields) {
        return connection.send(xaddRequest(stream, maxLen, fields)).map(Response::toString);
    }

    /**
     * Sends several XADDs (built with {@link #xaddRequest}) in one round trip, in order; one outcome per
     * request, the entry id being the reply of those that succeeded.
     */
    public Uni<List<BatchOutcome>> xaddAll(List<Request> requests) {
        return connection.batch(requests);
    }

    /** The XADD request of {@link #xadd}, for {@link #xaddAll}. */
    public static Request xaddRequest(String stream, long maxLen, Map<String, byte[]> fields) {
        Request request = Request.cmd(Command.XADD).arg(stream);
        if (maxLen > 0) {
            request.arg("MAXLEN").arg("~").arg(maxLen);
        }
        request.arg("*");
        fields.forEach((field, value) -> request.arg(field).arg(value));
        return request;
    }

    /** Creates the group (and the stream) unless it exists; true when it was created now. */
    public Uni<Boolean> createGroup(String stream, String group, String startId) {
        Request request = Request.cmd(Command.XGROUP)
                .arg("CREATE")
                .arg(stream)
                .arg(group)
                .arg(startId)
                .arg("MKSTREAM");
        return connection
                .send(request)
                .map(ok -> true)
                .onFailure(failure -> String.valueOf(failure.getMessage()).startsWith("BUSYGROUP"))
                .recoverWithItem(false);
    }

    /**
     * Bounds what {@code group} has left to read to the entries of the last {@code window} by Redis' clock
     * (TIME): a group further behind moves forward to there (XGROUP SETID); one closer is left alone, so
     * nothing it has not read yet within the window is skipped. Entries it delivered and did not
     * acknowledge stay pending either way.
     */
    public Uni<Void> boundBacklog(String stream, String group, Duration window) {
        return connection.send(Request.cmd(Command.TIME)).flatMap(time -> {
            long nowMillis = time.get(0).toLong() * 1000 + time.get(1).toLong() / 1000;
            String floor = Math.max(0, nowMillis - window.toMillis()) + "-0";
            return groupInfo(stream, group).flatMap(info -> {
                if (info.isPresent() && EntryIds.compare(info.get().lastDeliveredId(), floor) >= 0) {
                    return Uni.createFrom().voidItem();
                }
                return connection
                        .send(Request.cmd(Command.XGROUP)
                                .arg("SETID")
                                .arg(stream)
                                .arg(group)
                                .arg(floor))
                        .replaceWithVoid();
            });
        });
    }

    /** XREADGROUP request for new entries ({@code >}), blocking at most {@code block}. */
    public static Request readNewRequest(String stream, String group, String consumer, int count, Duration block) {
        return Request.cmd(Command.XREADGROUP)
                .arg("GROUP")
                .arg(group)
                .arg(consumer)
                .arg("COUNT")
                .arg(count)
                .arg("BLOCK")
                .arg(Math.max(1, block.toMillis()))
                .arg("STREAMS")
                .arg(stream)
                .arg(">");
    }

    /** Parses an XREADGROUP reply. */
    public static List<StreamEntry> entriesOf(Response reply) {
        return Replies.readGroup(reply);
    }

    /** One XACK for all {@code ids}: how many of them were still pending. */
    public Uni<Long> xack(String stream, String group, List<String> ids) {
        Request request = Request.cmd(Command.XACK).arg(stream).arg(group);
        ids.forEach(request::arg);
        return connection.send(request).map(Response::toLong);
    }

    /** XAUTOCLAIM: takes over up to {@code count} entries idle for at least {@code minIdle}. */
    public Uni<AutoClaimPage> xautoclaim(
            String stream, String group, String consumer, Duration minIdle, String cursor, int count) {
        Request request = Request.cmd(Command.XAUTOCLAIM)
                .arg(stream)
                .arg(group)
                .arg(consumer)
                .arg(minIdle.toMillis())
                .arg(cursor)
                .arg("COUNT")
                .arg(count);
        return connection
                .send(request)
                .map(reply -> new AutoClaimPage(reply.get(0).toString(), Replies.entries(reply.get(1))));
    }

    /** XCLAIM of given ids that have been idle at least {@code minIdle}; deleted entries are dropped. */
    public Uni<List<StreamEntry>> xclaim(
            String stream, String group, String consumer, Duration minIdle, List<String> ids) {
        Request request =
                Request.cmd(Command.XCLAIM).arg(stream).arg(group).arg(consumer).arg(minIdle.toMillis());
        ids.forEach(request::arg);
        return connection.send(request).map(Replies::entries);
    }

    /** Delivery counts of this consumer's pending entries between two ids (inclusive). */
    public Uni<Map<String, Integer>> deliveryCounts(
            String stream, String group, String consumer, String firstId, String lastId, int count) {
        Request request = Request.cmd(Command.XPENDING)
                .arg(stream)
                .arg(group)
                .arg(firstId)
                .arg(lastId)
                .arg(count)
                .arg(consumer);
        return connection.send(request).map(reply -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Response pending : reply) {
                counts.put(pending.get(0).toString(), pending.get(3).toInteger());
            }
            return counts;
        });
    }

    /** XINFO GROUPS, narrowed to one group; empty when the stream or the group does not exist. */
    public Uni<Optional<GroupInfo>> groupInfo(String stream, String group) {
        return connection
                .send(Request.cmd(Command.XINFO).arg("GROUPS").arg(stream))
                .map(reply -> findGroup(reply, group))
                .onFailure(failure -> String.valueOf(failure.getMessage()).contains("no such key"))
                .recoverWithItem(Optional.empty());
    }

    private static Optional<GroupInfo> findGroup(Response reply, String group) {
        for (Response item : reply) {
            Map<String, Response> info = Replies.map(item);
            if (group.equals(String.valueOf(info.get("name")))) {
                Response lag = info.get("lag");
                return Optional.of(new GroupInfo(
                        group,
                        info.get("consumers").toLong(),
                        info.get("pending").toLong(),
                        lag == null ? -1 : lag.toLong(),
                        String.valueOf(info.get("last-delivered-id"))));
            }
        }
        return Optional.empty();
    }

    public Uni<Void> ping() {
        return connection.send(Request.cmd(Command.PING)).replaceWithVoid();
    }
}
