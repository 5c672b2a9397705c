package io.buzzline.redis.streams.redis;

import java.util.concurrent.atomic.AtomicReference;

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

    private final Redis redis;
    private final AtomicReference<Uni<RedisConnection>> current = new AtomicReference<>();
    private volatile boolean closed;

    public PipelinedConnection(Redis redis) {
        this.redis = redis;
    }

    /** Sends one command; on a broken connection the next command opens a new one. */
    public Uni<Response> send(Request request) {
        if (closed) {
            return Uni.createFrom().failure(new IllegalStateException("connection closed"));
        }
        Uni<RedisConnection> connection = connection();
        return connection
                .onItem()
                .transformToUni(c -> c.send(request))
                .onFailure(PipelinedConnection::isConnectionFailure)
                .invoke(failure -> current.compareAndSet(connection, null));
    }

    private Uni<RedisConnection> connection() {
        Uni<RedisConnection> existing = current.get();
        if (existing != null) {
            return existing;
        }
        Uni<RedisConnection> opening = redis.connect()
                .onItem()
                .invoke(c -> c.exceptionHandler(failure -> current.set(null)))
                .memoize()
                .indefinitely();
        Uni<RedisConnection> raced = current.compareAndExchange(null, opening);
        Uni<RedisConnection> chosen = raced == null ? opening : raced;
        // A failed connect must not be memoized for ever.
        return chosen.onFailure().invoke(failure -> current.compareAndSet(chosen, null));
    }

    private static boolean isConnectionFailure(Throwable failure) {
        // Redis error replies (ERR, NOGROUP, BUSYGROUP...) leave the connection usable.
        String type = failure.getClass().getName();
        return !type.endsWith("ErrorType");
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
