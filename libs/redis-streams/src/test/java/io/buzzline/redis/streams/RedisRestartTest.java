package io.buzzline.redis.streams;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.app.HeldConsumer;
import io.buzzline.redis.streams.app.OrderConsumer;
import io.buzzline.redis.streams.app.OrderPlaced;
import io.buzzline.redis.streams.app.TestChannels;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.OwnRedisTestResource;
import io.buzzline.testing.redis.RedisServer;

import static org.awaitility.Awaitility.await;

/**
 * Channels survive Redis going away: after a kill and a restart without persistence (stream and group
 * gone), the incoming channel reconnects, re-creates its group and consumes again, and the outgoing
 * channel writes again. An acknowledgement that meets the dead Redis leaves its entry pending and the
 * channel consuming.
 */
@QuarkusTest
@WithTestResource(OwnRedisTestResource.class)
class RedisRestartTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectRedis
    RedisServer redis;

    @Inject
    @Channel(TestChannels.ORDERS_OUT)
    Emitter<OrderPlaced> orders;

    @Inject
    OrderConsumer consumer;

    @Inject
    @Channel(TestChannels.HELD_OUT)
    Emitter<String> heldOut;

    @Inject
    HeldConsumer held;

    @Test
    void channelsRecoverAfterRedisIsKilledAndRestarted() {
        String before = UUID.randomUUID().toString();
        orders.send(new OrderPlaced(before, 1));
        await().atMost(TIMEOUT).until(() -> received(before));

        redis.kill();
        redis.restart();

        String after = UUID.randomUUID().toString();
        // The first sends may meet the dead connection; the producer's caller retries, as the lobby does.
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!received(after)) {
                orders.send(new OrderPlaced(after, 2)).exceptionally(failure -> null);
            }
            return received(after);
        });
    }

    @Test
    void anAcknowledgementThatMeetsADeadRedisDoesNotStopTheChannel() {
        String during = UUID.randomUUID().toString();
        held.close();
        heldOut.send(during);
        await().atMost(TIMEOUT).until(() -> held.entered(during));

        redis.kill();
        // The method returns while Redis is down: the XACK that follows fails.
        held.open();
        await().atMost(TIMEOUT).until(() -> held.received(during));
        redis.restart();

        String after = UUID.randomUUID().toString();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!held.received(after)) {
                heldOut.send(after).exceptionally(failure -> null);
            }
            return held.received(after);
        });
    }

    private boolean received(String orderId) {
        return consumer.received().stream().anyMatch(r -> r.payload().orderId().equals(orderId));
    }
}
