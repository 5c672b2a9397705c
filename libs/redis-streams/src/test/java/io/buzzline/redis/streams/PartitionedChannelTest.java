package io.buzzline.redis.streams;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.junit.jupiter.api.Test;

import io.buzzline.events.wire.EntryIds;
import io.buzzline.redis.streams.app.PartsConsumer;
import io.buzzline.redis.streams.app.PartsFilter;
import io.buzzline.redis.streams.app.Received;
import io.buzzline.redis.streams.app.TestChannels;
import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A partitioned channel ({@code partitions=4}) reads each partition's stream while its filter says so:
 * nothing of a partition it is not given, what was written shortly before a partition is handed to it,
 * and not what is older than its backlog bound ({@code resume-backlog-ms=2000}). The steps share the
 * channel's state, so they run as one test, in order.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class PartitionedChannelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @InjectRedis
    RedisTarget redis;

    @Inject
    PartsFilter filter;

    @Inject
    PartsConsumer consumer;

    @Inject
    @Channel(TestChannels.PARTS_OUT)
    Emitter<String> out;

    @Inject
    MeterRegistry meters;

    @Test
    void readsThePartitionsItIsGivenAndBoundsWhatAHandedOverOneReplays() {
        try (RedisCommands commands = new RedisCommands(redis.url())) {
            add(commands, 0, "a0");
            add(commands, 2, "a2");
            await().atMost(TIMEOUT).until(() -> payloads().contains("a0"));
            assertThat(streamOf("a0")).isEqualTo(TestChannels.partsStream(redis.keyPrefix(), 0));
            // Three blocked reads' time (300 ms each): partition 2 would have delivered it, were it read.
            await().during(Duration.ofSeconds(1)).atMost(TIMEOUT).until(() -> !payloads()
                    .contains("a2"));
            assertThat(reading()).as("partitions being read").isEqualTo(2);
            // Handed partition 2: what was written a second ago, while nobody read it, is read.
            filter.readOnly(Set.of(0, 1, 2));
            await().atMost(TIMEOUT).until(() -> payloads().contains("a2"));
            add(commands, 2, "b2");
            await().atMost(TIMEOUT).until(() -> payloads().contains("b2"));
            assertThat(reading()).isEqualTo(3);

            // Taken away, then handed back after its backlog bound: only what is within the bound is read.
            filter.readOnly(Set.of(0, 1));
            // Until the read in progress when it went has returned: then nothing of partition 2 is read.
            await().atMost(TIMEOUT).until(() -> reading() == 2);
            String c2 = add(commands, 2, "c2");
            // Until c2 is older than the 2 s bound by Redis' clock, the one the bound is taken by.
            await().atMost(TIMEOUT).until(() -> redisMillis(commands) - EntryIds.millis(c2) > 2_100);
            add(commands, 2, "d2");
            filter.readOnly(Set.of(0, 1, 2));
            await().atMost(TIMEOUT).until(() -> payloads().contains("d2"));
            await().during(Duration.ofSeconds(1)).atMost(TIMEOUT).until(() -> !payloads()
                    .contains("c2"));
            assertThat(payloads())
                    .as("c2 is older than the 2 s backlog bound when partition 2 came back")
                    .doesNotContain("c2")
                    .containsOnlyOnce("a0", "a2", "b2", "d2");

            // a3 waits in this instance's group on partition 3 (Redis says so), but partition 3 is another
            // instance's work: its lag gauge says 0 through five probes (an autoscaler summing lags would count
            // it, and a stuck-group alert fire on it).
            add(commands, 3, "a3");
            assertThat(groupLag(commands, 3))
                    .as("Redis' lag of the group on partition 3")
                    .isEqualTo(1);
            await().during(Duration.ofSeconds(1)).atMost(TIMEOUT).until(() -> lagGauge(3) == 0);
        }
    }

    @Test
    void aMessageForAPartitionedStreamMustNameItsPartition() {
        CompletionStage<Void> sent = out.send("no partition named");

        assertThatThrownBy(() -> sent.toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("partitioned stream")
                .hasMessageContaining("OutgoingRedisStreamsMetadata");
    }

    /** XADDs {@code payload} to partition {@code partition}'s stream; its entry id. */
    private String add(RedisCommands commands, int partition, String payload) {
        return commands.send(
                        Command.XADD,
                        TestChannels.partsStream(redis.keyPrefix(), partition),
                        "*",
                        StreamFields.PAYLOAD,
                        payload,
                        StreamFields.CONTENT_TYPE,
                        StreamFields.TEXT)
                .toString();
    }

    private static long redisMillis(RedisCommands commands) {
        var time = commands.send(Command.TIME);
        return time.get(0).toLong() * 1000 + time.get(1).toLong() / 1000;
    }

    /** The lag Redis reports for the channel's group on partition {@code partition} (XINFO GROUPS). */
    private long groupLag(RedisCommands commands, int partition) {
        for (var group :
                commands.send(Command.XINFO, "GROUPS", TestChannels.partsStream(redis.keyPrefix(), partition))) {
            return group.get("lag").toLong();
        }
        throw new IllegalStateException("no group on partition " + partition);
    }

    private double lagGauge(int partition) {
        return meters.get(ChannelMetrics.LAG)
                .tag("channel", TestChannels.PARTS_IN)
                .tag("stream", TestChannels.partsStream(redis.keyPrefix(), partition))
                .gauge()
                .value();
    }

    private double reading() {
        return meters.get(ChannelMetrics.PARTITIONS_READING)
                .tag("channel", TestChannels.PARTS_IN)
                .gauge()
                .value();
    }

    private List<String> payloads() {
        return consumer.received().stream().map(Received::payload).toList();
    }

    private String streamOf(String payload) {
        return consumer.received().stream()
                .filter(r -> r.payload().equals(payload))
                .findFirst()
                .orElseThrow()
                .metadata()
                .stream();
    }
}
