package io.buzzline.gateway.fanout;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Future;
import io.vertx.mutiny.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.testing.redis.RedisServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * While Redis restarts, the pool can refuse a connection at once, inside {@code connect()}. The live
 * channels must turn that into a failed subscribe (which the resubscribe loop retries), not an exception:
 * one escaped the reconnect timer in e2e's ChaosIT and that gateway never subscribed again, so its players'
 * games stalled at the event Redis died in. The second test goes through the whole loop with a real
 * redis-server restarted under it.
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

    @Test
    void afterRedisRestartsTheChannelsAreSubscribedAgainThroughRefusedConnectsAndMessagesFlow() throws Exception {
        try (RedisServer server = RedisServer.start(false)) {
            Redis real = Redis.createClient(vertx.getDelegate(), server.url());
            AtomicInteger refusals = new AtomicInteger();
            LiveChannels live =
                    new LiveChannels(new io.vertx.mutiny.redis.client.Redis(refusing(real, refusals)), vertx);
            BlockingQueue<String> messages = new LinkedBlockingQueue<>();
            BlockingQueue<Set<String>> resubscribed = new LinkedBlockingQueue<>();
            live.listen((channel, payload) -> messages.add(channel + "=" + payload), resubscribed::add);
            live.subscribe(List.of("g1", "g2")).await().atMost(Duration.ofSeconds(5));
            publish(real, "g1", "before");
            assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo("g1=before");

            // The connection ends with Redis; while it is down, and for three connects once it is back, the
            // pool refuses at once (inside connect()): the retries must go on through all of them.
            refusals.set(3);
            server.restart();

            assertThat(resubscribed.poll(20, TimeUnit.SECONDS))
                    .as("the channels subscribed again after the restart")
                    .containsExactlyInAnyOrder("g1", "g2");
            assertThat(refusals.get()).as("every refused connect was retried").isLessThanOrEqualTo(0);
            publish(real, "g2", "after");
            assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo("g2=after");
            live.close();
            real.close();
        }
    }

    private static void publish(Redis redis, String channel, String payload) {
        redis.send(Request.cmd(Command.PUBLISH).arg(channel).arg(payload))
                .toCompletionStage()
                .toCompletableFuture()
                .join();
    }

    /** {@code real}, except that while {@code refusals} is positive each connect has already failed when it returns. */
    private static Redis refusing(Redis real, AtomicInteger refusals) {
        return new Redis() {
            @Override
            public Future<RedisConnection> connect() {
                return refusals.getAndDecrement() > 0 ? Future.failedFuture("connection refused") : real.connect();
            }

            @Override
            public void close() {
                real.close();
            }

            @Override
            public Future<Response> send(Request command) {
                return real.send(command);
            }

            @Override
            public Future<List<Response>> batch(List<Request> commands) {
                return real.batch(commands);
            }
        };
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
