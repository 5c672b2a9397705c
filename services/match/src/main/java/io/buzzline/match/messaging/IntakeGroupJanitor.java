package io.buzzline.match.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.redis.MatchKeys;

/**
 * Writes this instance's heartbeat ({@code {match}:instances}: instance id → last seen, ms) and deletes
 * the intake consumer groups of instances that are gone (see {@link IntakeGroup}), with their heartbeat.
 * Every instance runs it; destroying a group twice is harmless. A gone instance's games were taken over
 * through their leases and caught up from the intake itself, so nothing still needs its group.
 */
@ApplicationScoped
public class IntakeGroupJanitor {

    private final Vertx vertx;
    private final Redis redis;
    private final Clock clock;
    private final String stream;
    private final String heartbeats;
    private final String instanceId;
    private final String ownGroup;
    private final MatchConfig.Match settings;
    private long sweepTimer = -1;
    private long heartbeatTimer = -1;

    public IntakeGroupJanitor(Vertx vertx, Redis redis, MatchKeys keys, Clock clock, MatchConfig config) {
        this.vertx = vertx;
        this.redis = redis;
        this.clock = clock;
        this.stream = keys.commands();
        this.heartbeats = keys.instances();
        this.instanceId = config.match().instanceId();
        this.ownGroup = IntakeGroup.PREFIX + instanceId;
        this.settings = config.match();
    }

    void start(@Observes StartupEvent event) {
        beat();
        heartbeatTimer = vertx.setPeriodic(settings.heartbeatInterval().toMillis(), id -> beat());
        sweepTimer = vertx.setPeriodic(settings.groupJanitorInterval().toMillis(), id -> sweep().subscribe()
                .with(removed -> {}, failure -> Log.debugf("intake group sweep: %s", failure.getMessage())));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(heartbeatTimer);
        vertx.cancelTimer(sweepTimer);
    }

    private void beat() {
        redis.send(Request.cmd(Command.HSET).arg(heartbeats).arg(instanceId).arg(clock.millis()))
                .subscribe()
                .with(ignored -> {}, failure -> Log.debugf("heartbeat: %s", failure.getMessage()));
    }

    /** One sweep: the names of the groups it destroyed. */
    public Uni<List<String>> sweep() {
        return Uni.combine()
                .all()
                .unis(groups(), lastSeen())
                .asTuple()
                .onItem()
                .transformToMulti(found -> Multi.createFrom()
                        .iterable(found.getItem1())
                        .onItem()
                        .transformToUniAndConcatenate(name -> describe(name, found.getItem2())))
                .select()
                .where(group -> group.abandoned(ownGroup, settings.abandonedGroupIdle()))
                .onItem()
                .transformToUniAndConcatenate(this::destroy)
                .collect()
                .asList();
    }

    private Uni<List<String>> groups() {
        return redis.send(Request.cmd(Command.XINFO).arg("GROUPS").arg(stream))
                .map(reply -> {
                    List<String> names = new ArrayList<>();
                    for (Response group : reply) {
                        names.add(field(group, "name").toString());
                    }
                    return names;
                })
                .onFailure(failure -> String.valueOf(failure.getMessage()).contains("no such key"))
                .recoverWithItem(List.of());
    }

    private Uni<Map<String, Long>> lastSeen() {
        return redis.send(Request.cmd(Command.HGETALL).arg(heartbeats)).map(reply -> {
            Map<String, Long> seen = new HashMap<>();
            if (reply == null) {
                return seen;
            }
            if (reply.isMap()) {
                reply.getKeys().forEach(key -> seen.put(key, reply.get(key).toLong()));
            } else {
                for (int i = 0; i + 1 < reply.size(); i += 2) {
                    seen.put(reply.get(i).toString(), reply.get(i + 1).toLong());
                }
            }
            return seen;
        });
    }

    private Uni<IntakeGroup> describe(String name, Map<String, Long> lastSeen) {
        return redis.send(
                        Request.cmd(Command.XINFO).arg("CONSUMERS").arg(stream).arg(name))
                .map(reply -> {
                    List<Long> idle = new ArrayList<>();
                    for (Response consumer : reply) {
                        idle.add(field(consumer, "idle").toLong());
                    }
                    IntakeGroup group = new IntakeGroup(name, idle, OptionalLong.empty());
                    Long seen = lastSeen.get(group.instanceId());
                    return seen == null ? group : new IntakeGroup(name, idle, OptionalLong.of(clock.millis() - seen));
                });
    }

    private Uni<String> destroy(IntakeGroup group) {
        return redis.send(Request.cmd(Command.XGROUP).arg("DESTROY").arg(stream).arg(group.name()))
                .chain(() ->
                        redis.send(Request.cmd(Command.HDEL).arg(heartbeats).arg(group.instanceId())))
                .invoke(ignored -> Log.infof(
                        "destroyed intake group %s: its instance has not been seen for %s or more",
                        group.name(), settings.abandonedGroupIdle()))
                .replaceWith(group.name());
    }

    // XINFO replies are maps under RESP3 and flat key/value arrays under RESP2.
    private static Response field(Response item, String key) {
        if (item.isMap()) {
            return item.get(key);
        }
        for (int i = 0; i + 1 < item.size(); i += 2) {
            if (key.equals(item.get(i).toString())) {
                return item.get(i + 1);
            }
        }
        throw new IllegalStateException("XINFO reply without " + key);
    }
}
