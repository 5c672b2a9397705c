package io.buzzline.gateway.fanout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.ResponseType;

import io.buzzline.events.wire.LivePubSub;

/**
 * One dedicated Redis pub/sub connection per gateway instance, subscribed to the channels of the games
 * that have local connections, classic or sharded as {@code wire.pubsub} says ({@link LivePubSub}). If the
 * connection drops, or a subscription on it fails, is refused or goes unconfirmed, it is given up: a new
 * one is made, every channel subscribed again, and the reconnect reported, so the feeds refill from the log
 * whatever was published meanwhile. A channel Redis unsubscribes without being asked (sharded: its slot
 * moved to another master, by a failover or a resharding) gives the connection up the same way, once the
 * client can know where the slot lives now. One resubscription is scheduled at a time, retried until it
 * succeeds.
 *
 * <p>On a Redis Cluster the connection is the client's cluster connection: one node connection per node,
 * each command sent where its channel's slot lives. Sharded, that is one {@code SSUBSCRIBE} per game (its
 * two channels share its slot) to the master of the game's slot.
 */
@ApplicationScoped
public class LiveChannels {

    private static final Duration RECONNECT_DELAY = Duration.ofMillis(250);
    /**
     * After Redis ended a subscription because its slot moved: longer than the cluster client caches the
     * topology (Vert.x default and Quarkus' {@code hash-slot-cache-ttl}: 1 s), so the new connection reaches
     * the slot's new master. Made sooner it could still see the old one, which answers MOVED: one more round.
     */
    private static final Duration SLOT_MOVED_DELAY = Duration.ofMillis(1500);
    /** A SUBSCRIBE Redis has not confirmed by then is taken for a dead connection. */
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(5);

    private final Redis redis;
    private final Vertx vertx;
    private final LivePubSub pubSub;
    private final Command subscribeCommand;
    private final Command unsubscribeCommand;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> confirmations = new ConcurrentHashMap<>();
    // Per connection: channels asked for and channels Redis confirmed. Every hello of a game used to send
    // its own SUBSCRIBE; now only the first does and the others wait for (or skip) its confirmation.
    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    // Per connection: our own unsubscribes not answered yet, per channel. Their answers are not a slot that
    // moved, even when the channel is wanted again meanwhile (a game's last player left, another joined).
    private final Map<String, Integer> unsubscribing = new ConcurrentHashMap<>();
    private volatile RedisConnection connection;
    private volatile CompletableFuture<RedisConnection> connecting;
    private volatile BiConsumer<String, String> onMessage = (channel, payload) -> {};
    private volatile Consumer<Set<String>> onResubscribed = resubscribed -> {};
    private final AtomicBoolean resubscribeScheduled = new AtomicBoolean();
    private volatile boolean closed;

    public LiveChannels(Redis redis, Vertx vertx, LivePubSub pubSub) {
        this.redis = redis;
        this.vertx = vertx;
        this.pubSub = pubSub;
        // The commands themselves, not their names: the cluster client routes SSUBSCRIBE by its channels' slot.
        this.subscribeCommand = switch (pubSub) {
            case CLASSIC -> Command.SUBSCRIBE;
            case SHARDED -> Command.SSUBSCRIBE;
        };
        this.unsubscribeCommand = switch (pubSub) {
            case CLASSIC -> Command.UNSUBSCRIBE;
            case SHARDED -> Command.SUNSUBSCRIBE;
        };
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
                .failWith(() -> new TimeoutException(
                        "Redis did not confirm " + pubSub.subscribeCommand() + " within " + CONFIRM_TIMEOUT))
                .onFailure()
                .invoke(failure -> dropped(conn, "subscribing failed: " + failure.getMessage())));
    }

    void unsubscribe(List<String> names) {
        channels.removeAll(names);
        requested.removeAll(names);
        confirmed.removeAll(names);
        RedisConnection conn = connection;
        if (conn != null) {
            names.forEach(name -> unsubscribing.merge(name, 1, Integer::sum));
            commands(unsubscribeCommand, names)
                    .forEach(request -> conn.send(request).subscribe().with(ok -> {}, failure -> {}));
        }
    }

    /** One command per group of channels that may go together ({@link LivePubSub#commandGroup}). */
    private List<Request> commands(Command command, List<String> names) {
        Map<String, Request> byGroup = new LinkedHashMap<>();
        for (String name : names) {
            byGroup.computeIfAbsent(pubSub.commandGroup(name), group -> Request.cmd(command))
                    .arg(name);
        }
        return List.copyOf(byGroup.values());
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
        if (missing.isEmpty()) {
            return all;
        }
        List<Uni<Response>> sends =
                commands(subscribeCommand, missing).stream().map(conn::send).toList();
        return Uni.join().all(sends).andFailFast().flatMap(ignored -> all);
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
        conn.handler(reply -> handle(conn, reply));
        conn.exceptionHandler(failure -> dropped(conn, failure.getMessage()));
        conn.endHandler(() -> dropped(conn, "connection ended"));
        synchronized (this) {
            connection = conn;
            connecting = null;
        }
        started.complete(conn);
    }

    private void handle(RedisConnection conn, Response reply) {
        if (reply != null && reply.type() == ResponseType.ERROR) {
            // A subscribe refused (e.g. MOVED: sent where the slot no longer lives, the topology the client
            // cached being stale): without it a game would hear nothing; a new connection learns the topology.
            dropped(conn, "Redis answered " + reply);
            return;
        }
        if (reply == null || reply.size() < 2) {
            return;
        }
        String kind = reply.get(0).toString();
        if (pubSub.messageKind().equalsIgnoreCase(kind) && reply.size() >= 3) {
            onMessage.accept(reply.get(1).toString(), reply.get(2).toString());
        } else if (pubSub.unsubscribedKind().equalsIgnoreCase(kind)) {
            unsubscribed(conn, reply.get(1).toString());
        } else if (pubSub.subscribedKind().equalsIgnoreCase(kind)) {
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

    /**
     * An unsubscribe we did not ask for, of a channel still wanted, means Redis ended it: its slot moved to
     * another master (sharded; classic channels belong to no slot, and a cluster client sends a classic
     * UNSUBSCRIBE to every master, so its extra answers prove nothing). The whole connection is made again,
     * not just that channel subscribed again: the cluster connection (Vert.x 4.5) sets our handler only on
     * the node connections it opened at connect, so a subscription sent to a new master on the old
     * connection would be confirmed to nobody.
     */
    private void unsubscribed(RedisConnection conn, String name) {
        boolean asked =
                unsubscribing.remove(name, 1) || unsubscribing.computeIfPresent(name, (n, count) -> count - 1) != null;
        if (!asked && pubSub == LivePubSub.SHARDED && channels.contains(name)) {
            dropped(conn, "Redis ended the subscription of " + name + ": its slot moved", SLOT_MOVED_DELAY);
        }
    }

    private void dropped(RedisConnection conn, String why) {
        dropped(conn, why, RECONNECT_DELAY);
    }

    private void dropped(RedisConnection conn, String why, Duration delay) {
        synchronized (this) {
            if (connection != conn) {
                return;
            }
            connection = null;
            requested.clear();
            confirmed.clear();
            unsubscribing.clear();
        }
        // Whatever state it is in, it must not keep a subscription (and its messages) on Redis.
        conn.close().subscribe().with(ok -> {}, failure -> {});
        if (closed) {
            return;
        }
        Log.warnf("live pub/sub connection given up (%s); resubscribing", why);
        scheduleResubscribe(delay);
    }

    /** Unless one is scheduled already: it subscribes every wanted channel when it runs. */
    private void scheduleResubscribe(Duration delay) {
        if (closed || !resubscribeScheduled.compareAndSet(false, true)) {
            return;
        }
        vertx.setTimer(delay.toMillis(), id -> {
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
                            scheduleResubscribe(RECONNECT_DELAY);
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
