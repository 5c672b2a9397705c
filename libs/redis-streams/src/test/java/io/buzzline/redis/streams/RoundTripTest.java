package io.buzzline.redis.streams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.wire.EntryIds;
import io.buzzline.redis.streams.app.OrderConsumer;
import io.buzzline.redis.streams.app.OrderPlaced;
import io.buzzline.redis.streams.app.Received;
import io.buzzline.redis.streams.app.TestChannels;
import io.buzzline.redis.streams.outgoing.OutgoingRedisStreamsMetadata;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Emitter → stream → @Incoming through the connector inside Quarkus, against the real Redis. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class RoundTripTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @InjectRedis
    RedisTarget redis;

    @Inject
    @Channel(TestChannels.ORDERS_OUT)
    Emitter<OrderPlaced> orders;

    @Inject
    OrderConsumer consumer;

    private StreamInspector inspector;

    @BeforeEach
    void connect() {
        inspector = new StreamInspector(redis.url());
    }

    @AfterEach
    void disconnect() {
        inspector.close();
    }

    @Test
    void jsonPayloadAndMetadataTravelFromEmitterToIncomingMethod() {
        String orderId = UUID.randomUUID().toString();
        orders.send(Message.of(new OrderPlaced(orderId, 3))
                .addMetadata(OutgoingRedisStreamsMetadata.empty()
                        .withMessageId("cmd-" + orderId)
                        .withHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")));

        Received<OrderPlaced> received = await().atMost(TIMEOUT).until(() -> find(orderId), r -> r != null);

        assertThat(received.payload()).isEqualTo(new OrderPlaced(orderId, 3));
        assertThat(received.metadata().stream()).isEqualTo(stream());
        assertThat(received.metadata().group()).isEqualTo("redis-streams-test");
        assertThat(received.metadata().entryId()).matches("\\d+-\\d+");
        assertThat(received.metadata().deliveryCount()).isEqualTo(1);
        assertThat(received.metadata().messageId()).isEqualTo("cmd-" + orderId);
        assertThat(received.metadata().contentType()).isEqualTo(StreamFields.JSON);
        assertThat(received.metadata().headers())
                .containsEntry("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        await().atMost(TIMEOUT).until(() -> inspector.pending(stream(), "redis-streams-test") == 0);
    }

    @Test
    void emitterCompletesOnlyOnceRedisHoldsTheEntry() throws Exception {
        String orderId = UUID.randomUUID().toString();

        orders.send(new OrderPlaced(orderId, 1)).toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        List<Map<String, String>> entries = inspector.entries(stream());
        assertThat(entries).anySatisfy(entry -> assertThat(entry)
                .containsEntry(StreamFields.PAYLOAD, "{\"orderId\":\"" + orderId + "\",\"quantity\":1}")
                .containsEntry(StreamFields.CONTENT_TYPE, StreamFields.JSON)
                .containsKey(StreamFields.MESSAGE_ID));
    }

    @Test
    void oneConsumerReceivesEntriesInStreamOrder() {
        String batch = UUID.randomUUID().toString();
        List<String> sent =
                IntStream.range(0, 50).mapToObj(i -> batch + "-" + i).toList();
        sent.forEach(id -> orders.send(new OrderPlaced(id, 1)));

        await().atMost(TIMEOUT).until(() -> ofBatch(batch).size() == sent.size());

        List<Received<OrderPlaced>> received = ofBatch(batch);
        assertThat(received).extracting(r -> r.payload().orderId()).containsExactlyElementsOf(sent);
        assertThat(received).extracting(r -> r.metadata().entryId()).isSortedAccordingTo(EntryIds::compare);
    }

    private List<Received<OrderPlaced>> ofBatch(String batch) {
        return consumer.received().stream()
                .filter(r -> r.payload().orderId().startsWith(batch + "-"))
                .toList();
    }

    private Received<OrderPlaced> find(String orderId) {
        return consumer.received().stream()
                .filter(r -> r.payload().orderId().equals(orderId))
                .findFirst()
                .orElse(null);
    }

    private String stream() {
        return redis.keyPrefix() + TestChannels.ORDERS_STREAM;
    }
}
