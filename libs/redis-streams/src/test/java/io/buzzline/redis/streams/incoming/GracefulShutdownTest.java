package io.buzzline.redis.streams.incoming;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.StreamFields;
import io.buzzline.redis.streams.StreamInspector;
import io.buzzline.redis.streams.fault.RedisStreamsDeadLetterQueue;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping a channel lets in-flight entries finish, and never acknowledges one that was not processed. */
class GracefulShutdownTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ChannelFixture fixture = new ChannelFixture();
    private final StreamInspector inspector = new StreamInspector(fixture.url());

    @AfterEach
    void cleanUp() {
        inspector.close();
        fixture.close();
    }

    @Test
    void stopWaitsForTheEntryBeingProcessedAndLeavesUnprocessedOnesPending() throws Exception {
        IncomingSettings settings = fixture.settings("{stop}", "e", "dead-letter-queue");
        inspector.add(settings.stream(), StreamFields.PAYLOAD, "in-flight");
        inspector.add(settings.stream(), StreamFields.PAYLOAD, "never-processed");
        RedisStreamsIncomingChannel channel = fixture.start(settings, new RedisStreamsDeadLetterQueue.Factory());
        AssertSubscriber<Message<?>> subscriber = Multi.createFrom()
                .publisher(channel.publisher())
                .map(m -> (Message<?>) m)
                .subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        List<Message<?>> messages = subscriber.awaitItems(2, TIMEOUT).getItems();

        // Own thread rather than the common pool, whose threads may carry an earlier Quarkus test's class loader.
        ExecutorService stopper = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(channel::close, stopper);
        // The first entry finishes while the channel stops; the second is never processed.
        messages.getFirst().ack().toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        stopping.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        stopper.shutdown();

        assertThat(inspector.pending(settings.stream(), ChannelFixture.GROUP)).isEqualTo(1);
        String leftOver = inspector
                .send(io.vertx.redis.client.Command.XPENDING, settings.stream(), ChannelFixture.GROUP, "-", "+", 10)
                .get(0)
                .get(0)
                .toString();
        assertThat(leftOver)
                .isEqualTo(messages.get(1)
                        .getMetadata(IncomingRedisStreamsMetadata.class)
                        .orElseThrow()
                        .entryId());
    }
}
