package io.buzzline.redis.streams;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.app.TestChannels;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code maxlen} bounds the stream. MAXLEN ~ trims whole radix-tree nodes (stream-node-max-entries,
 * 100 by default), so the length stays within [maxlen, maxlen + 100).
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class TrimmingTest {

    private static final int NODE_ENTRIES = 100;

    @InjectRedis
    RedisTarget redis;

    @Inject
    @Channel(TestChannels.TRIMMED_OUT)
    Emitter<String> trimmed;

    @Test
    void streamLengthStaysWithinTheConfiguredBound() throws Exception {
        String stream = redis.keyPrefix() + TestChannels.TRIMMED_STREAM;
        int total = 10 * TestChannels.TRIMMED_MAXLEN;
        // Sent in chunks so the emitter's buffer never overflows; each chunk completes on Redis' replies.
        for (int chunk = 0; chunk < total; chunk += NODE_ENTRIES) {
            List<CompletableFuture<Void>> sent = IntStream.range(chunk, chunk + NODE_ENTRIES)
                    .mapToObj(i -> trimmed.send("entry-" + i).toCompletableFuture())
                    .toList();
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        }

        try (StreamInspector inspector = new StreamInspector(redis.url())) {
            assertThat(inspector.length(stream))
                    .isGreaterThanOrEqualTo(TestChannels.TRIMMED_MAXLEN)
                    .isLessThan(TestChannels.TRIMMED_MAXLEN + NODE_ENTRIES);
            List<Map<String, String>> entries = inspector.entries(stream);
            assertThat(entries.getLast()).containsEntry(StreamFields.PAYLOAD, "entry-" + (total - 1));
        }
    }
}
