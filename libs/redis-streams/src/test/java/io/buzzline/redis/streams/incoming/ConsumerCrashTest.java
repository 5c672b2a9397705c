package io.buzzline.redis.streams.incoming;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.StreamFields;
import io.buzzline.redis.streams.StreamInspector;
import io.buzzline.redis.streams.fault.RedisStreamsDeadLetterQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At-least-once when a consumer dies mid-batch: it processed part of its batch and is stopped without
 * acknowledging the rest; a second consumer of the group claims and processes every remaining entry.
 */
class ConsumerCrashTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int ENTRIES = 30;

    private final ChannelFixture fixture = new ChannelFixture();
    private final StreamInspector inspector = new StreamInspector(fixture.url());

    @AfterEach
    void cleanUp() {
        inspector.close();
        fixture.close();
    }

    @Test
    void entriesLeftPendingByACrashedConsumerAreClaimedAndProcessedByAnother() {
        IncomingSettings a = fixture.settings("{crash}", "a", "dead-letter-queue");
        String stream = a.stream();
        List<String> written = IntStream.range(0, ENTRIES)
                .mapToObj(i -> inspector.add(stream, StreamFields.PAYLOAD, "entry-" + i))
                .toList();

        // Consumer a takes one batch, processes (acks) half of it, then dies.
        var first = fixture.start(a, new RedisStreamsDeadLetterQueue.Factory());
        AssertSubscriber<Message<?>> crashing = Multi.createFrom()
                .publisher(first.publisher())
                .map(m -> (Message<?>) m)
                .subscribe()
                .withSubscriber(AssertSubscriber.create(10));
        List<Message<?>> batch = crashing.awaitItems(10, TIMEOUT).getItems();
        Set<String> ackedByA = ConcurrentHashMap.newKeySet();
        batch.subList(0, 5).forEach(m -> {
            m.ack().toCompletableFuture().join();
            ackedByA.add(entryId(m));
        });
        crashing.cancel();
        first.close();

        // Consumer b processes whatever is left: new entries and the dead consumer's pending ones.
        var second = fixture.start(
                fixture.settings("{crash}", "b", "dead-letter-queue"), new RedisStreamsDeadLetterQueue.Factory());
        Set<String> processedByB = ConcurrentHashMap.newKeySet();
        Set<String> redeliveredToB = ConcurrentHashMap.newKeySet();
        Multi.createFrom().publisher(second.publisher()).subscribe().with(m -> {
            IncomingRedisStreamsMetadata metadata =
                    m.getMetadata(IncomingRedisStreamsMetadata.class).orElseThrow();
            if (metadata.isRedelivery()) {
                redeliveredToB.add(metadata.entryId());
            }
            m.ack().thenRun(() -> processedByB.add(metadata.entryId()));
        });

        await().atMost(TIMEOUT).until(() -> processedByB.size() + ackedByA.size() >= ENTRIES);
        assertThat(processedByB).doesNotContainAnyElementsOf(ackedByA);
        assertThat(union(processedByB, ackedByA)).containsExactlyInAnyOrderElementsOf(written);
        List<String> abandonedByA =
                batch.subList(5, 10).stream().map(ConsumerCrashTest::entryId).toList();
        assertThat(redeliveredToB).containsAll(abandonedByA);
        await().atMost(TIMEOUT).until(() -> inspector.pending(stream, ChannelFixture.GROUP) == 0);
    }

    private static Set<String> union(Set<String> left, Set<String> right) {
        Set<String> union = new java.util.HashSet<>(left);
        union.addAll(right);
        return union;
    }

    private static String entryId(Message<?> message) {
        return message.getMetadata(IncomingRedisStreamsMetadata.class)
                .orElseThrow()
                .entryId();
    }
}
