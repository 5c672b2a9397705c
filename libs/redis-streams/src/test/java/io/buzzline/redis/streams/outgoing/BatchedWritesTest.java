package io.buzzline.redis.streams.outgoing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.Vertx;
import io.vertx.redis.client.Command;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.PipelinedRedis;
import io.buzzline.redis.streams.StreamInspector;
import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.redis.streams.redis.PipelinedConnection;
import io.buzzline.redis.streams.redis.StreamCommands;
import io.buzzline.redis.streams.tracing.StreamTracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of messages is written in pipelined batches (issue 23), yet each message is acked only once
 * its own entry is in the stream, the stream keeps the order they were sent in, and a message Redis
 * refuses is nacked alone while the others of its batch are acked.
 */
class BatchedWritesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MESSAGES = 300;

    private final PipelinedRedis redis = new PipelinedRedis();
    private final String prefix = redis.prefix;
    private final Vertx vertx = redis.vertx;
    private final PipelinedConnection connection = redis.connection;
    private final StreamInspector inspector = redis.inspector;
    private final ExecutorService checker = Executors.newSingleThreadExecutor();

    @AfterEach
    void cleanUp() {
        checker.shutdownNow();
        redis.close();
    }

    @Test
    void eachMessageOfABurstIsAckedOnlyOnceItsEntryIsWrittenInOrder() {
        String stream = prefix + "{burst}";
        String refusing = prefix + "{burst}:string";
        inspector.send(Command.SET, refusing, "not a stream");
        int refused = MESSAGES / 2;
        Map<Integer, Long> lengthWhenAcked = new ConcurrentHashMap<>();
        Map<Integer, Throwable> nacked = new ConcurrentHashMap<>();

        List<Message<String>> messages = IntStream.range(0, MESSAGES)
                .mapToObj(i -> message(i, i == refused ? refusing : null, lengthWhenAcked, nacked, stream))
                .toList();
        Multi.createFrom().iterable(messages).subscribe((Flow.Subscriber<Message<String>>)
                (Flow.Subscriber<?>) channel(stream).subscriber());

        await().atMost(TIMEOUT).until(() -> lengthWhenAcked.size() + nacked.size() == MESSAGES);
        assertThat(nacked).containsOnlyKeys(refused);
        assertThat(nacked.get(refused)).hasMessageContaining("WRONGTYPE");
        List<String> written = inspector.entries(stream).stream()
                .map(entry -> entry.get("payload"))
                .toList();
        assertThat(written)
                .containsExactlyElementsOf(IntStream.range(0, MESSAGES)
                        .filter(i -> i != refused)
                        .mapToObj(i -> "m-" + i)
                        .toList());
        // Written in order, so message i's entry is in by the time the stream holds its position.
        lengthWhenAcked.forEach((i, length) -> assertThat(length)
                .as("stream length when m-%d was acked", i)
                .isGreaterThanOrEqualTo(position(i, refused)));
    }

    private Message<String> message(
            int i, String target, Map<Integer, Long> lengthWhenAcked, Map<Integer, Throwable> nacked, String stream) {
        OutgoingRedisStreamsMetadata metadata =
                OutgoingRedisStreamsMetadata.empty().withStream(target);
        return Message.of(
                "m-" + i,
                Metadata.of(metadata),
                // Measured off the event loop (the inspector blocks), once the ack arrived.
                () -> CompletableFuture.runAsync(() -> lengthWhenAcked.put(i, inspector.length(stream)), checker),
                reason -> {
                    nacked.put(i, reason);
                    return CompletableFuture.completedFuture(null);
                });
    }

    private static long position(int i, int refused) {
        return i < refused ? i + 1 : i;
    }

    private RedisStreamsOutgoingChannel channel(String stream) {
        return new RedisStreamsOutgoingChannel(
                new OutgoingSettings("out", stream, 0, 128, false, Duration.ofSeconds(5)),
                new OutgoingParts(
                        vertx,
                        new StreamCommands(connection),
                        new PayloadEncoder(new ObjectMapper()),
                        ChannelMetrics.outgoing(new SimpleMeterRegistry(), "out", stream),
                        StreamTracing.OFF));
    }
}
