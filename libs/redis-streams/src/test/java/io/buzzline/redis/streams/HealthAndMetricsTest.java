package io.buzzline.redis.streams;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.app.OrderConsumer;
import io.buzzline.redis.streams.app.OrderPlaced;
import io.buzzline.redis.streams.app.TestChannels;
import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.testing.redis.RedisTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** The connector's readiness contribution and its meters, seen from the application. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class HealthAndMetricsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Inject
    @Channel(TestChannels.ORDERS_OUT)
    Emitter<OrderPlaced> orders;

    @Inject
    OrderConsumer consumer;

    @Inject
    MeterRegistry registry;

    @Test
    void readinessListsEveryChannelAsUp() {
        await().atMost(TIMEOUT).untilAsserted(() -> given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body(containsString(TestChannels.ORDERS_IN))
                .body(containsString(TestChannels.FLAKY_IN))
                .body(containsString(TestChannels.TRIMMED_OUT)));
    }

    @Test
    void countersFollowMessagesInOutAndAcks() {
        String orderId = UUID.randomUUID().toString();
        double outBefore = count(ChannelMetrics.MESSAGES_OUT, TestChannels.ORDERS_OUT);
        double inBefore = count(ChannelMetrics.MESSAGES_IN, TestChannels.ORDERS_IN);
        double acksBefore = count(ChannelMetrics.ACKS, TestChannels.ORDERS_IN);

        orders.send(new OrderPlaced(orderId, 2));

        await().atMost(TIMEOUT).until(() -> consumer.received().stream()
                .anyMatch(r -> r.payload().orderId().equals(orderId)));
        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(count(ChannelMetrics.MESSAGES_OUT, TestChannels.ORDERS_OUT))
                    .isGreaterThan(outBefore);
            assertThat(count(ChannelMetrics.MESSAGES_IN, TestChannels.ORDERS_IN))
                    .isGreaterThan(inBefore);
            assertThat(count(ChannelMetrics.ACKS, TestChannels.ORDERS_IN)).isGreaterThan(acksBefore);
        });
        assertThat(registry.find(ChannelMetrics.PENDING)
                        .tag("channel", TestChannels.ORDERS_IN)
                        .gauge())
                .isNotNull();
        assertThat(registry.find(ChannelMetrics.LAG)
                        .tag("channel", TestChannels.ORDERS_IN)
                        .gauge())
                .isNotNull();
    }

    private double count(String meter, String channel) {
        var counter = registry.find(meter).tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }
}
