package io.buzzline.redis.streams.observe;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import io.buzzline.redis.streams.partition.PartitionGate;

/**
 * The meters of one channel, tagged with the channel and the stream. Names are shared with
 * dashboards and autoscaling rules (lag), so they are constants.
 */
public final class ChannelMetrics {

    public static final String PREFIX = "buzzline.redis.streams.";
    public static final String MESSAGES_IN = PREFIX + "messages.in";
    public static final String MESSAGES_OUT = PREFIX + "messages.out";
    public static final String ACKS = PREFIX + "acks";
    public static final String NACKS = PREFIX + "nacks";
    public static final String REDELIVERIES = PREFIX + "redeliveries";
    public static final String DEAD_LETTERED = PREFIX + "dead.lettered";
    public static final String PENDING = PREFIX + "pending";
    public static final String LAG = PREFIX + "lag";
    public static final String PARTITIONS_READING = PREFIX + "partitions.reading";

    private final MeterRegistry registry;
    private final Tags tags;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong lag = new AtomicLong();
    private Counter in;
    private Counter out;
    private Counter acks;
    private Counter nacks;
    private Counter redeliveries;
    private Counter deadLettered;

    private ChannelMetrics(MeterRegistry registry, String channel, String stream) {
        this.registry = registry;
        this.tags = Tags.of("channel", channel, "stream", stream);
    }

    /** Meters of an incoming channel: consumption counters and the group's pending and lag gauges. */
    public static ChannelMetrics incoming(MeterRegistry registry, String channel, String stream) {
        ChannelMetrics metrics = new ChannelMetrics(registry, channel, stream);
        metrics.in = metrics.counter(MESSAGES_IN, "Entries handed to the application");
        metrics.acks = metrics.counter(ACKS, "Entries acknowledged with XACK");
        metrics.nacks = metrics.counter(NACKS, "Negative acknowledgements");
        metrics.redeliveries = metrics.counter(REDELIVERIES, "Entries delivered more than once");
        metrics.deadLettered = metrics.counter(DEAD_LETTERED, "Entries moved to the dead-letter stream");
        Gauge.builder(PENDING, metrics.pending, AtomicLong::get)
                .tags(metrics.tags)
                .description("Entries delivered to the group but not acknowledged")
                .register(registry);
        Gauge.builder(LAG, metrics.lag, AtomicLong::get)
                .tags(metrics.tags)
                .description("Entries not yet delivered to the group (-1: unknown)")
                .register(registry);
        return metrics;
    }

    /**
     * The partitions of a partitioned channel being read now (a handover is over once the instance giving a
     * partition away no longer counts it): {@value #PARTITIONS_READING}, tagged with the channel.
     */
    public static void partitionsReading(MeterRegistry registry, String channel, List<PartitionGate> gates) {
        Gauge.builder(PARTITIONS_READING, gates, all -> all.stream()
                        .filter(PartitionGate::reading)
                        .count())
                // Nothing else holds the list: a gauge's default weak reference would let it go (and read NaN).
                .strongReference(true)
                .tags(Tags.of("channel", channel))
                .description("Partitions of the channel's stream this instance is reading")
                .register(registry);
    }

    /** Meters of an outgoing channel. */
    public static ChannelMetrics outgoing(MeterRegistry registry, String channel, String stream) {
        ChannelMetrics metrics = new ChannelMetrics(registry, channel, stream);
        metrics.out = metrics.counter(MESSAGES_OUT, "Entries written with XADD");
        return metrics;
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).tags(tags).description(description).register(registry);
    }

    public void received(int deliveryCount) {
        in.increment();
        if (deliveryCount > 1) {
            redeliveries.increment();
        }
    }

    public void sent() {
        out.increment();
    }

    public void acked() {
        acks.increment();
    }

    public void nacked() {
        nacks.increment();
    }

    public void deadLettered() {
        deadLettered.increment();
    }

    public void group(long pendingEntries, long lagEntries) {
        pending.set(pendingEntries);
        lag.set(lagEntries);
    }
}
