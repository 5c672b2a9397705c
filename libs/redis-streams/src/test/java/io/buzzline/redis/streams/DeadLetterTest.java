package io.buzzline.redis.streams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.app.FlakyConsumer;
import io.buzzline.redis.streams.app.OrderPlaced;
import io.buzzline.redis.streams.app.Received;
import io.buzzline.redis.streams.app.TestChannels;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nack → the entry stays pending and is retried; after max-deliveries it is dead-lettered with the reason. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class DeadLetterTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String GROUP = "redis-streams-test";

    @InjectRedis
    RedisTarget redis;

    @Inject
    @Channel(TestChannels.FLAKY_OUT)
    Emitter<String> flaky;

    @Inject
    FlakyConsumer consumer;

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
    void nackedEntryStaysPendingAndIsDeliveredAgain() {
        String payload = "once-" + UUID.randomUUID();
        flaky.send(payload);

        await().atMost(TIMEOUT).until(() -> processed(payload).size() == 1);

        assertThat(attempts(payload))
                .extracting(r -> r.metadata().deliveryCount())
                .containsExactly(1, 2);
        assertThat(attempts(payload))
                .extracting(r -> r.metadata().entryId())
                .containsOnly(attempts(payload).getFirst().metadata().entryId());
        await().atMost(TIMEOUT).until(() -> inspector.pending(stream(), GROUP) == 0);
        assertThat(deadLetters(payload)).isEmpty();
    }

    @Test
    void entryFailingMaxDeliveriesTimesIsDeadLetteredWithReasonThenAcknowledged() {
        String payload = "poison-" + UUID.randomUUID();
        flaky.send(payload);

        await().atMost(TIMEOUT).until(() -> deadLetters(payload).size() == 1);

        List<Received<String>> attempts = attempts(payload);
        assertThat(attempts).extracting(r -> r.metadata().deliveryCount()).containsExactly(1, 2, 3);
        Map<String, String> deadLetter = deadLetters(payload).getFirst();
        assertThat(deadLetter)
                .containsEntry(StreamFields.DLQ_REASON, "cannot digest " + payload)
                .containsEntry(StreamFields.DLQ_CAUSE, IllegalStateException.class.getName())
                .containsEntry(StreamFields.DLQ_STREAM, stream())
                .containsEntry(StreamFields.DLQ_GROUP, GROUP)
                .containsEntry(
                        StreamFields.DLQ_ENTRY_ID,
                        attempts.getFirst().metadata().entryId())
                .containsEntry(StreamFields.DLQ_DELIVERIES, "3")
                .containsEntry(StreamFields.CONTENT_TYPE, StreamFields.TEXT)
                .containsEntry(
                        StreamFields.MESSAGE_ID, attempts.getFirst().metadata().messageId());
        await().atMost(TIMEOUT).until(() -> inspector.pending(stream(), GROUP) == 0);
        assertThat(processed(payload)).isEmpty();
    }

    @Test
    void entryThatIsNotJsonForTheTypedMethodIsDeadLetteredNotFatal() {
        String orders = redis.keyPrefix() + TestChannels.ORDERS_STREAM;
        String entryId =
                inspector.add(orders, StreamFields.PAYLOAD, "{not json", StreamFields.CONTENT_TYPE, StreamFields.JSON);

        Map<String, String> deadLetter = await().atMost(TIMEOUT)
                .until(
                        () -> inspector.entries(orders + ":dlq").stream()
                                .filter(e -> entryId.equals(e.get(StreamFields.DLQ_ENTRY_ID)))
                                .findFirst()
                                .orElse(null),
                        e -> e != null);
        assertThat(deadLetter.get(StreamFields.DLQ_REASON))
                .startsWith("payload is not a " + OrderPlaced.class.getName());
        await().atMost(TIMEOUT).until(() -> inspector.pending(orders, GROUP) == 0);
    }

    private List<Received<String>> attempts(String payload) {
        return consumer.attempts().stream()
                .filter(r -> r.payload().equals(payload))
                .toList();
    }

    private List<Received<String>> processed(String payload) {
        return consumer.processed().stream()
                .filter(r -> r.payload().equals(payload))
                .toList();
    }

    private List<Map<String, String>> deadLetters(String payload) {
        return inspector.entries(stream() + ":dlq").stream()
                .filter(entry -> payload.equals(entry.get(StreamFields.PAYLOAD)))
                .toList();
    }

    private String stream() {
        return redis.keyPrefix() + TestChannels.FLAKY_STREAM;
    }
}
