package io.buzzline.redis.streams.fault;

import java.time.Duration;
import java.util.List;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.reactive.messaging.health.HealthReport;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.StreamFields;
import io.buzzline.redis.streams.StreamInspector;
import io.buzzline.redis.streams.incoming.ChannelFixture;
import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;
import io.buzzline.redis.streams.incoming.IncomingSettings;
import io.buzzline.redis.streams.incoming.RedisStreamsIncomingChannel;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code ignore} and {@code fail} strategies ({@code dead-letter-queue} is covered in DeadLetterTest). */
class FailureStrategyTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ChannelFixture fixture = new ChannelFixture();
    private final StreamInspector inspector = new StreamInspector(fixture.url());

    @AfterEach
    void cleanUp() {
        inspector.close();
        fixture.close();
    }

    @Test
    void ignoreAcknowledgesTheNackedEntryAndNeverRetriesIt() {
        IncomingSettings settings = fixture.settings("{ignore}", "c", RedisStreamsFailureHandler.IGNORE);
        inspector.add(settings.stream(), StreamFields.PAYLOAD, "bad");
        inspector.add(settings.stream(), StreamFields.PAYLOAD, "good");
        RedisStreamsIncomingChannel channel = fixture.start(settings, new RedisStreamsIgnore.Factory());

        AssertSubscriber<Message<?>> subscriber = subscribe(channel);
        List<Message<?>> messages = subscriber.awaitItems(2, TIMEOUT).getItems();
        messages.getFirst()
                .nack(new IllegalStateException("bad"))
                .toCompletableFuture()
                .join();
        messages.get(1).ack().toCompletableFuture().join();

        assertThat(inspector.pending(settings.stream(), ChannelFixture.GROUP)).isZero();
        assertThat(subscriber.getItems()).hasSize(2);
        assertThat(inspector.entries(settings.stream() + IncomingSettings.DEAD_LETTER_SUFFIX))
                .isEmpty();
    }

    @Test
    void failStopsTheChannelMarksItUnhealthyAndLeavesTheEntryPending() {
        IncomingSettings settings = fixture.settings("{fail}", "d", RedisStreamsFailureHandler.FAIL);
        inspector.add(settings.stream(), StreamFields.PAYLOAD, "fatal");
        RedisStreamsIncomingChannel channel = fixture.start(settings, new RedisStreamsFail.Factory());

        AssertSubscriber<Message<?>> subscriber = subscribe(channel);
        Message<?> message = subscriber.awaitItems(1, TIMEOUT).getItems().getFirst();
        message.nack(new IllegalStateException("fatal")).toCompletableFuture().join();

        subscriber.awaitFailure(TIMEOUT);
        assertThat(subscriber.getFailure()).hasMessage("fatal");
        HealthReport.HealthReportBuilder liveness = HealthReport.builder();
        channel.health().addLiveness(liveness);
        assertThat(liveness.build().isOk()).isFalse();
        assertThat(inspector.pending(settings.stream(), ChannelFixture.GROUP)).isEqualTo(1);
        assertThat(message.getMetadata(IncomingRedisStreamsMetadata.class)
                        .orElseThrow()
                        .deliveryCount())
                .isEqualTo(1);
    }

    private static AssertSubscriber<Message<?>> subscribe(RedisStreamsIncomingChannel channel) {
        return Multi.createFrom()
                .publisher(channel.publisher())
                .map(m -> (Message<?>) m)
                .subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }
}
