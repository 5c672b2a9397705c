package io.buzzline.gateway.fanout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Future;
import io.vertx.mutiny.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * While Redis restarts, the pool can refuse a connection at once, inside {@code connect()}. The live
 * channels must turn that into a failed subscribe (which the resubscribe loop retries), not an exception:
 * one escaped the reconnect timer in e2e's ChaosIT and that gateway never subscribed again, so its players'
 * games stalled at the event Redis died in.
 */
class LiveChannelsTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.closeAndAwait();
    }

    @Test
    void aConnectionRefusedAtOnceFailsTheSubscribeAndTheNextOneConnectsAgain() {
        AtomicInteger connects = new AtomicInteger();
        LiveChannels live = new LiveChannels(new io.vertx.mutiny.redis.client.Redis(refusingAtOnce(connects)), vertx);

        assertThatThrownBy(() -> live.subscribe(List.of("g1")).await().atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("refused");
        assertThatThrownBy(() -> live.subscribe(List.of("g2")).await().atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("refused");
        assertThat(connects).as("each subscribe tried a connection of its own").hasValue(2);
    }

    /** A Redis whose every connect has already failed when it returns. */
    private static Redis refusingAtOnce(AtomicInteger connects) {
        return new Redis() {
            @Override
            public Future<RedisConnection> connect() {
                connects.incrementAndGet();
                return Future.failedFuture("connection refused");
            }

            @Override
            public void close() {}

            @Override
            public Future<Response> send(Request command) {
                return Future.failedFuture("not connected");
            }

            @Override
            public Future<List<Response>> batch(List<Request> commands) {
                return Future.failedFuture("not connected");
            }
        };
    }
}
