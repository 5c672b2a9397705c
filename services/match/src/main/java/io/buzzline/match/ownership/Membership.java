package io.buzzline.match.ownership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.ResponseType;

import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.redis.MatchKeys;
import io.buzzline.match.redis.RedisPipelines;
import io.buzzline.redis.streams.redis.PipelinedConnection;

/**
 * The region's match instances and when each was last seen: a sorted set {@code {match}:members},
 * instance id → last refresh (ms). Each instance refreshes its own entry with its leases; one not seen
 * for a lease TTL counts as gone, so its partitions move when its games do ({@link Rendezvous}). The
 * intake group janitor reads the same entries to tell gone instances' groups apart, and deletes an
 * entry with the groups.
 */
@ApplicationScoped
public class Membership {

    private final PipelinedConnection redis;
    private final String members;
    private final Clock clock;
    private final String instanceId;
    private final long ttlMillis;

    // The leases' connection: a membership refresh must not wait behind a backlog of appends either.
    public Membership(RedisPipelines pipelines, MatchKeys keys, Clock clock, MatchConfig config) {
        this.redis = pipelines.leases();
        this.members = keys.members();
        this.clock = clock;
        this.instanceId = config.match().instanceId();
        this.ttlMillis = config.match().leaseTtl().toMillis();
    }

    /** Records this instance as seen now and answers every live member, this one included. */
    public Uni<List<String>> refresh() {
        long now = clock.millis();
        Uni<Response> seen =
                redis.send(Request.cmd(Command.ZADD).arg(members).arg(now).arg(instanceId));
        Uni<Response> live = redis.send(Request.cmd(Command.ZRANGEBYSCORE)
                .arg(members)
                .arg("(" + (now - ttlMillis))
                .arg("+inf"));
        return Uni.combine().all().unis(seen, live).asTuple().map(replies -> {
            List<String> ids = new ArrayList<>();
            replies.getItem2().forEach(id -> ids.add(id.toString()));
            return ids;
        });
    }

    /** Every member ever recorded and not forgotten: instance id → last seen (ms). */
    public Uni<Map<String, Long>> lastSeen() {
        return redis.send(
                        Request.cmd(Command.ZRANGE).arg(members).arg(0).arg(-1).arg("WITHSCORES"))
                .map(reply -> {
                    Map<String, Long> seen = new HashMap<>();
                    // RESP3: [member, score] pairs; RESP2: a flat member, score, member, score... list.
                    if (reply.size() > 0 && reply.get(0).type() == ResponseType.MULTI) {
                        reply.forEach(pair -> seen.put(
                                pair.get(0).toString(), pair.get(1).toDouble().longValue()));
                    } else {
                        for (int i = 0; i + 1 < reply.size(); i += 2) {
                            seen.put(
                                    reply.get(i).toString(),
                                    reply.get(i + 1).toDouble().longValue());
                        }
                    }
                    return seen;
                });
    }

    /** Deletes a gone instance's entry (its groups were destroyed). */
    public Uni<Void> forget(String id) {
        return redis.send(Request.cmd(Command.ZREM).arg(members).arg(id)).replaceWithVoid();
    }

    /** Leaves at once on a clean stop, so the others take this instance's partitions without waiting. */
    public Uni<Void> leave() {
        return forget(instanceId);
    }
}
