package io.buzzline.redis.streams.redis;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * One Redis connection held for a purpose and reopened after it breaks. Commands sent concurrently are
 * pipelined on it, which is why the connector does not borrow a pooled connection per command: a burst
 * of acks or writes would exhaust the pool's wait queue.
 */
public final class PipelinedConnection {

    /** Longest wait for a non-blocking command; Redis answers in microseconds when it is alive. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

    private final Redis redis;
    private final AtomicReference<Uni<RedisConnection>> current = new AtomicReference<>();
    private volatile boolean closed;

    public PipelinedConnection(Redis redis) {
        this.redis = redis;
    }

    /**
     * Sends one command that must answer within {@link #COMMAND_TIMEOUT}; on a broken or stalled
     * connection the next command opens a new one.
     */
    public Uni<Response> send(Request request) {
        return send(request, COMMAND_TIMEOUT);
    }

    /**
     * Sends one command that must answer within {@code timeout} (for a blocking read: its BLOCK time plus
     * a margin). A connection whose peer vanished without closing it (a killed Redis) may never fail the
     * pending command, so a late answer is treated as a dead connection: it is closed and replaced.
     */
    public Uni<Response> send(Request request, Duration timeout) {
        return onConnection(c -> c.send(request), timeout, PipelinedConnection::isConnectionFailure);
    }

    /**
     * Sends {@code requests} in one write (a pipeline: one round trip for all) and reports each one's
     * outcome, in order. A command Redis answered with an error fails alone; the others still count as
     * done. A lost, stalled or refused batch fails every command, as a single send would.
     */
    public Uni<List<BatchOutcome>> batch(List<Request> requests) {
        if (requests.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // A batch failure does not say whether the connection survived (the client folds a dropped
        // connection into the same error), so any failure makes the next command take a fresh one.
        return onConnection(c -> c.batch(requests), COMMAND_TIMEOUT, failure -> true)
                .map(BatchOutcome::succeeded)
                .onFailure()
                .recoverWithItem(failure -> BatchOutcome.failed(failure, requests.size()));
    }

    /**
     * Runs {@code command} on the held connection, stalled after {@code timeout}; a failure that
     * {@code breaksConnection} (a stall always does) forgets exactly that connection, so the next command
     * opens a new one.
     */
    private <T> Uni<T> onConnection(
            Function<RedisConnection, Uni<T>> command, Duration timeout, Predicate<Throwable> breaksConnection) {
        if (closed) {
            return Uni.createFrom().failure(new IllegalStateException("connection closed"));
        }
        // Compare against the very object held in `current`, so a failure forgets exactly that connection.
        Uni<RedisConnection> held = connection();
        return held.onItem()
                .transformToUni(c -> command.apply(c))
                .ifNoItem()
                .after(timeout)
                .failWith(() -> new StalledConnectionException(timeout))
                .onFailure(failure -> failure instanceof StalledConnectionException || breaksConnection.test(failure))
                .invoke(failure -> forget(held));
    }

    /** Drops a connection that failed: closed (back to the pool, which discards it) and never reused. */
    private void forget(Uni<RedisConnection> stale) {
        if (current.compareAndSet(stale, null)) {
            stale.subscribe().with(c -> c.close().subscribe().with(ignored -> {}, ignored -> {}), ignored -> {});
        }
    }

    /** No answer in time on a connection that should have answered: it is considered dead. */
    public static final class StalledConnectionException extends RuntimeException {

        StalledConnectionException(Duration timeout) {
            super("no answer from Redis within " + timeout.toMillis() + " ms; reconnecting");
        }
    }

    private Uni<RedisConnection> connection() {
        Uni<RedisConnection> existing = current.get();
        if (existing != null) {
            return existing;
        }
        AtomicReference<Uni<RedisConnection>> self = new AtomicReference<>();
        // The pool's own close/exception handlers stay in place: they evict a broken connection.
        Uni<RedisConnection> opening = redis.connect()
                .onFailure()
                .invoke(failure -> current.compareAndSet(self.get(), null))
                .memoize()
                .indefinitely();
        self.set(opening);
        Uni<RedisConnection> raced = current.compareAndExchange(null, opening);
        return raced == null ? opening : raced;
    }

    private static boolean isConnectionFailure(Throwable failure) {
        // Redis error replies (ERR, NOGROUP, BUSYGROUP...) leave the connection usable; the client
        // reports a dropped connection with the same error type, so that one is told apart by name.
        String type = failure.getClass().getName();
        String message = String.valueOf(failure.getMessage());
        return !type.endsWith("ErrorType")
                || message.startsWith("CONNECTION_CLOSED")
                || message.contains("Connection is closed");
    }

    /** Closes the connection; later sends fail. */
    public void close() {
        closed = true;
        Uni<RedisConnection> existing = current.getAndSet(null);
        if (existing != null) {
            existing.subscribe().with(c -> c.close().subscribe().with(ignored -> {}, ignored -> {}), ignored -> {});
        }
    }
}
