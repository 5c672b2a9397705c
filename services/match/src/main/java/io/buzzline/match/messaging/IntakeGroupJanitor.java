package io.buzzline.match.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

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

import io.buzzline.events.wire.Partitions;
import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.ownership.Membership;
import io.buzzline.match.redis.MatchKeys;

/**
 * Deletes the intake consumer groups of instances that are gone (see {@link IntakeGroup}), on every
 * partition of the command stream, then their membership entry ({@link Membership}: when each instance
 * was last seen). Every instance runs it; destroying a group twice is harmless. A gone instance's games
 * were taken over through their leases and caught up from the intake itself, so nothing still needs its
 * groups.
 */
@ApplicationScoped
public class IntakeGroupJanitor {

    private final Vertx vertx;
    private final Redis redis;
    private final Clock clock;
    private final MatchKeys keys;
    private final Partitions partitions;
    private final Membership membership;
    private final String ownGroup;
    private final MatchConfig.Match settings;
    private long sweepTimer = -1;

    public IntakeGroupJanitor(
            Vertx vertx,
            Redis redis,
            MatchKeys keys,
            Partitions partitions,
            Membership membership,
            Clock clock,
            MatchConfig config) {
        this.vertx = vertx;
        this.redis = redis;
        this.clock = clock;
        this.keys = keys;
        this.partitions = partitions;
        this.membership = membership;
        this.ownGroup = IntakeGroup.PREFIX + config.match().instanceId();
        this.settings = config.match();
    }

    void start(@Observes StartupEvent event) {
        sweepTimer = vertx.setPeriodic(settings.groupJanitorInterval().toMillis(), id -> sweep().subscribe()
                .with(removed -> {}, failure -> Log.debugf("intake group sweep: %s", failure.getMessage())));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(sweepTimer);
    }

    /** One sweep over every partition: the names of the groups it destroyed (each once). */
    public Uni<Set<String>> sweep() {
        return membership.lastSeen().flatMap(lastSeen -> Multi.createFrom()
                .iterable(partitions.all())
                .map(keys::commands)
                .onItem()
                .transformToUniAndConcatenate(stream -> sweep(stream, lastSeen))
                .collect()
                .in(ArrayList<IntakeGroup>::new, (all, some) -> all.addAll(some))
                .flatMap(destroyed -> Multi.createFrom()
                        .iterable(destroyed.stream()
                                .map(IntakeGroup::instanceId)
                                .distinct()
                                .toList())
                        .onItem()
                        .transformToUniAndConcatenate(membership::forget)
                        .collect()
                        .asList()
                        .map(ignored -> {
                            Set<String> names = new TreeSet<>();
                            destroyed.forEach(group -> names.add(group.name()));
                            return names;
                        })));
    }

    private Uni<List<IntakeGroup>> sweep(String stream, Map<String, Long> lastSeen) {
        return groups(stream)
                .onItem()
                .transformToMulti(names -> Multi.createFrom().iterable(names))
                .onItem()
                .transformToUniAndConcatenate(name -> describe(stream, name, lastSeen))
                .select()
                .where(group -> group.abandoned(ownGroup, settings.abandonedGroupIdle()))
                .onItem()
                .transformToUniAndConcatenate(group -> destroy(stream, group))
                .collect()
                .asList();
    }

    private Uni<List<String>> groups(String stream) {
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

    private Uni<IntakeGroup> describe(String stream, String name, Map<String, Long> lastSeen) {
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

    private Uni<IntakeGroup> destroy(String stream, IntakeGroup group) {
        return redis.send(Request.cmd(Command.XGROUP).arg("DESTROY").arg(stream).arg(group.name()))
                .invoke(ignored -> Log.infof(
                        "destroyed intake group %s on %s: its instance has not been seen for %s or more",
                        group.name(), stream, settings.abandonedGroupIdle()))
                .replaceWith(group);
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
