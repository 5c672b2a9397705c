package io.buzzline.redis.streams.incoming;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.smallrye.mutiny.Multi;
import io.vertx.redis.client.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.StreamFields;
import io.buzzline.redis.streams.StreamInspector;
import io.buzzline.redis.streams.fault.RedisStreamsDeadLetterQueue;
import io.buzzline.redis.streams.observe.ChannelMetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acks that arrive together leave as one XACK of many ids (issue 23): still every entry is acknowledged
 * exactly once, and a message's ack completes only once Redis no longer lists its entry as pending.
 */
class BatchedAcksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int ENTRIES = 200;

    private final ChannelFixture fixture = new ChannelFixture();
    private final StreamInspector inspector = new StreamInspector(fixture.url());
    private final ExecutorService checker = Executors.newSingleThreadExecutor();

    @AfterEach
    void cleanUp() {
        checker.shutdownNow();
        inspector.close();
        fixture.close();
    }

    @Test
    void aBurstOfAcksAcknowledgesEveryEntryOnceAndEachAckCompletesOnlyAfterItsXack() {
        IncomingSettings settings = fixture.settings("{acks}", "a", "dead-letter-queue");
        String stream = settings.stream();
        IntStream.range(0, ENTRIES).forEach(i -> inspector.add(stream, StreamFields.PAYLOAD, "entry-" + i));
        var channel = fixture.start(settings, new RedisStreamsDeadLetterQueue.Factory());

        Set<String> completed = ConcurrentHashMap.newKeySet();
        Set<String> pendingWhenCompleted = ConcurrentHashMap.newKeySet();
        Multi.createFrom().publisher(channel.publisher()).subscribe().with(message -> {
            String entryId = message.getMetadata(IncomingRedisStreamsMetadata.class)
                    .orElseThrow()
                    .entryId();
            // Checked off the event loop (the inspector blocks), after the ack's stage completed.
            message.ack()
                    .thenRunAsync(
                            () -> {
                                if (isPending(stream, entryId)) {
                                    pendingWhenCompleted.add(entryId);
                                }
                                completed.add(entryId);
                            },
                            checker);
        });

        await().atMost(TIMEOUT).until(() -> completed.size() == ENTRIES);
        assertThat(pendingWhenCompleted).isEmpty();
        assertThat(inspector.pending(stream, ChannelFixture.GROUP)).isZero();
        assertThat(count(ChannelMetrics.ACKS, settings)).isEqualTo(ENTRIES);
        assertThat(count(ChannelMetrics.MESSAGES_IN, settings)).isEqualTo(ENTRIES);
        assertThat(count(ChannelMetrics.REDELIVERIES, settings)).isZero();
    }

    private boolean isPending(String stream, String entryId) {
        return inspector
                        .send(Command.XPENDING, stream, ChannelFixture.GROUP, entryId, entryId, "1")
                        .size()
                > 0;
    }

    private double count(String meter, IncomingSettings settings) {
        return fixture.registry()
                .get(meter)
                .tag("channel", settings.channel())
                .counter()
                .count();
    }
}
