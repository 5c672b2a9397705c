package io.buzzline.gateway.presence;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

import io.buzzline.events.wire.PresenceShare;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.gateway.config.GatewayConfig;

/**
 * Publishes how many players of each game hold a connection on this instance: field {@code <instance>}
 * of the game's presence hash, value a {@link PresenceShare} (the count and when it was written). Changes
 * are written within a second and every count is rewritten each refresh interval, so the lobby sums only
 * fresh fields and a crashed instance's share stops counting on its own.
 */
@ApplicationScoped
public class PresenceTracker {

    /** The hash outlives a silent instance by this many refresh intervals, then expires. */
    private static final int EXPIRY_INTERVALS = 6;

    private final Redis redis;
    private final Vertx vertx;
    private final RedisNames keys;
    private final Clock clock;
    private final String instanceId;
    private final Duration refresh;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private long flushTimer;
    private long refreshTimer;

    public PresenceTracker(Redis redis, Vertx vertx, RedisNames keys, Clock clock, GatewayConfig config) {
        this.redis = redis;
        this.vertx = vertx;
        this.keys = keys;
        this.clock = clock;
        this.instanceId = config.presence().instanceId();
        this.refresh = config.presence().refreshInterval();
    }

    @PostConstruct
    void start() {
        flushTimer = vertx.setPeriodic(500, id -> flush(Set.copyOf(dirty)));
        refreshTimer = vertx.setPeriodic(refresh.toMillis(), id -> flush(Set.copyOf(counts.keySet())));
    }

    public void connected(String gameId) {
        counts.computeIfAbsent(gameId, id -> new AtomicInteger()).incrementAndGet();
        dirty.add(gameId);
    }

    public void disconnected(String gameId) {
        counts.computeIfPresent(gameId, (id, count) -> count.decrementAndGet() <= 0 ? null : count);
        dirty.add(gameId);
    }

    /** This instance's count for {@code gameId}. */
    public int local(String gameId) {
        AtomicInteger count = counts.get(gameId);
        return count == null ? 0 : count.get();
    }

    private void flush(Set<String> games) {
        for (String gameId : games) {
            dirty.remove(gameId);
            write(gameId, local(gameId));
        }
    }

    private void write(String gameId, int count) {
        String key = keys.game(gameId).presence();
        Request request = count == 0
                ? Request.cmd(Command.HDEL).arg(key).arg(instanceId)
                : Request.cmd(Command.HSET)
                        .arg(key)
                        .arg(instanceId)
                        .arg(new PresenceShare(count, clock.millis()).encode());
        redis.send(request)
                .flatMap(ignored ->
                        redis.send(Request.cmd(Command.PEXPIRE).arg(key).arg(refresh.toMillis() * EXPIRY_INTERVALS)))
                .subscribe()
                .with(ok -> {}, failure -> {
                    Log.debugf("presence of %s not written: %s", gameId, failure.getMessage());
                    dirty.add(gameId);
                });
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(flushTimer);
        vertx.cancelTimer(refreshTimer);
        for (String gameId : counts.keySet()) {
            redis.send(Request.cmd(Command.HDEL)
                            .arg(keys.game(gameId).presence())
                            .arg(instanceId))
                    .subscribe()
                    .with(ok -> {}, failure -> {});
        }
    }
}
