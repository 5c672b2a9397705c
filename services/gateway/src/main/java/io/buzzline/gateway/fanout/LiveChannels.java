package io.buzzline.gateway.fanout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Response;

/**
 * One dedicated Redis pub/sub connection per gateway instance, subscribed to the channels of the games
 * that have local connections. If the connection drops, or a subscription on it fails or goes
 * unconfirmed, it is given up: a new one is made, every channel subscribed again, and the reconnect
 * reported, so the feeds refill from the log whatever was published meanwhile. One resubscription is
 * scheduled at a time, retried until it succeeds.
 */
@ApplicationScoped
public class LiveChannels {

    private static final Duration RECONNECT_DELAY = Duration.ofMillis(250);
    /** A SUBSCRIBE Redis has not confirmed by then is taken for a dead connection. */
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(5);

    private final Redis redis;
    private final Vertx vertx;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> confirmations = new ConcurrentHashMap<>();
    // Per connection: channels asked for and channels Redis confirmed. Every hello of a game used to send
    // its own SUBSCRIBE; now only the first does and the others wait for (or skip) its confirmation.
    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private volatile RedisConnection connection;
    private volatile CompletableFuture<RedisConnection> connecting;
    private volatile BiConsumer<String, String> onMessage = (channel, payload) -> {};
    private volatile Consumer<Set<String>> onResubscribed = resubscribed -> {};
    private final AtomicBoolean resubscribeScheduled = new AtomicBoolean();
    private volatile boolean closed;

    public LiveChannels(Redis redis, Vertx vertx) {
        this.redis = redis;
        this.vertx = vertx;
    }

    /** Where messages go, and who hears of a reconnect (with the channels subscribed again). */
    void listen(BiConsumer<String, String> messages, Consumer<Set<String>> resubscribed) {
        this.onMessage = messages;
        this.onResubscribed = resubscribed;
    }

    /** Subscribes to {@code names}; completes once Redis confirmed every one. */
    Uni<Void> subscribe(List<String> names) {
        channels.addAll(names);
        // A failed or unconfirmed SUBSCRIBE means the connection is useless, even if it never said it ended
        // (the pool can hand out one that is closing, before its end handler is set): kept, every later
        // subscribe would fail on it and the games it serves would stall at the event Redis died in.
        return connection().flatMap(conn -> send(conn, names)
                .ifNoItem()
                .after(CONFIRM_TIMEOUT)
                .failWith(() -> new TimeoutException("Redis did not confirm SUBSCRIBE within " + CONFIRM_TIMEOUT))
                .onFailure()
                .invoke(failure -> dropped(conn, "subscribing failed: " + failure.getMessage())));
    }

    void unsubscribe(List<String> names) {
        channels.removeAll(names);
        requested.removeAll(names);
        confirmed.removeAll(names);
        RedisConnection conn = connection;
        if (conn != null) {
            RedisAPI.api(conn).unsubscribe(names).subscribe().with(ok -> {}, failure -> {});
        }
    }

    private Uni<Void> send(RedisConnection conn, List<String> names) {
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (confirmed.contains(name)) {
                continue;
            }
            CompletableFuture<Void> wait = confirmations.computeIfAbsent(name, n -> new CompletableFuture<>());
            if (requested.add(name)) {
                missing.add(name);
            } else if (confirmed.contains(name)) {
                // Confirmed in between: this wait may be a fresh one nobody would complete, or the one
                // about to be completed; completing it here is right either way.
                confirmations.remove(name, wait);
                wait.complete(null);
                continue;
            }
            waits.add(wait);
        }
        Uni<Void> all = Uni.createFrom()
                .completionStage(CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)))
                .replaceWithVoid();
        return missing.isEmpty() ? all : RedisAPI.api(conn).subscribe(missing).flatMap(ignored -> all);
    }

    private synchronized Uni<RedisConnection> connection() {
        if (connection != null) {
            return Uni.createFrom().item(connection);
        }
        CompletableFuture<RedisConnection> pending = connecting;
        if (pending == null) {
            CompletableFuture<RedisConnection> started = new CompletableFuture<>();
            pending = started;
            connecting = started;
            // The pool may answer at once (a refused or closed connection fails synchronously while Redis
            // restarts): its callbacks then clear `connecting` before this returns, so the wait returned is
            // this attempt's own future, never the field read again.
            redis.connect().subscribe().with(conn -> connected(conn, started), failure -> {
                synchronized (this) {
                    connecting = null;
                }
                started.completeExceptionally(failure);
            });
        }
        return Uni.createFrom().completionStage(pending);
    }

    private void connected(RedisConnection conn, CompletableFuture<RedisConnection> started) {
        conn.handler(this::handle);
        conn.exceptionHandler(failure -> dropped(conn, failure.getMessage()));
        conn.endHandler(() -> dropped(conn, "connection ended"));
        synchronized (this) {
            connection = conn;
            connecting = null;
        }
        started.complete(conn);
    }

    private void handle(Response reply) {
        if (reply == null || reply.size() < 2) {
            return;
        }
        String kind = reply.get(0).toString();
        if ("message".equalsIgnoreCase(kind) && reply.size() >= 3) {
            onMessage.accept(reply.get(1).toString(), reply.get(2).toString());
        } else if ("subscribe".equalsIgnoreCase(kind)) {
            String name = reply.get(1).toString();
            if (requested.contains(name)) {
                // Not if it was given up meanwhile: its UNSUBSCRIBE is on its way.
                confirmed.add(name);
            }
            CompletableFuture<Void> wait = confirmations.remove(name);
            if (wait != null) {
                wait.complete(null);
            }
        }
    }

    private void dropped(RedisConnection conn, String why) {
        synchronized (this) {
            if (connection != conn) {
                return;
            }
            connection = null;
            requested.clear();
            confirmed.clear();
        }
        // Whatever state it is in, it must not keep a subscription (and its messages) on Redis.
        conn.close().subscribe().with(ok -> {}, failure -> {});
        if (closed) {
            return;
        }
        Log.warnf("live pub/sub connection lost (%s); resubscribing", why);
        scheduleResubscribe();
    }

    private void scheduleResubscribe() {
        if (closed || !resubscribeScheduled.compareAndSet(false, true)) {
            return;
        }
        vertx.setTimer(RECONNECT_DELAY.toMillis(), id -> {
            resubscribeScheduled.set(false);
            resubscribe();
        });
    }

    private void resubscribe() {
        Set<String> again = Set.copyOf(channels);
        if (again.isEmpty()) {
            return;
        }
        // Deferred: whatever subscribing throws becomes a failure, and a failure schedules the next try; an
        // exception escaping this timer would end the retries for good and stall every game it serves.
        Uni.createFrom()
                .deferred(() -> subscribe(List.copyOf(again)))
                .subscribe()
                .with(
                        ok -> {
                            Log.infof("live pub/sub: %d channels subscribed again", again.size());
                            onResubscribed.accept(again);
                        },
                        failure -> {
                            Log.warnf("resubscribing failed (%s); retrying", failure.getMessage());
                            scheduleResubscribe();
                        });
    }

    /** Set before the Redis client shuts down, so its connection ending is not taken for a failure. */
    void stopping(@Observes ShutdownEvent event) {
        closed = true;
    }

    @PreDestroy
    void close() {
        closed = true;
        RedisConnection conn = connection;
        if (conn != null) {
            conn.close().subscribe().with(ok -> {}, failure -> {});
        }
    }
}
