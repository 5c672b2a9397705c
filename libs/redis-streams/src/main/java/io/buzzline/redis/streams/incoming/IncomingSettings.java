package io.buzzline.redis.streams.incoming;

import java.time.Duration;

import io.buzzline.redis.streams.RedisStreamsConnectorIncomingConfiguration;

/** The settings of one incoming channel, resolved from its generated configuration and defaults. */
public record IncomingSettings(
        String channel,
        String stream,
        String group,
        String consumer,
        String startId,
        int batchSize,
        Duration block,
        Duration claimMinIdle,
        Duration claimInterval,
        int maxDeliveries,
        Duration retryDelay,
        String failureStrategy,
        String deadLetterStream,
        long deadLetterMaxLen,
        Duration shutdownTimeout,
        boolean healthEnabled,
        Duration probeInterval) {

    /** Suffix of the default dead-letter stream; it keeps the source key's hash tag, hence its slot. */
    public static final String DEAD_LETTER_SUFFIX = ":dlq";

    /**
     * The settings of one partition of a partitioned channel: {@code %d} in the stream (and in a default
     * dead-letter stream, which follows it) replaced by {@code partition}.
     */
    public IncomingSettings forPartition(int partition) {
        if (!stream.contains("%d")) {
            throw new IllegalArgumentException("channel " + channel + " has partitions but its stream " + stream
                    + " has no %d for the partition number");
        }
        return new IncomingSettings(
                channel,
                stream.replace("%d", Integer.toString(partition)),
                group,
                consumer,
                startId,
                batchSize,
                block,
                claimMinIdle,
                claimInterval,
                maxDeliveries,
                retryDelay,
                failureStrategy,
                deadLetterStream.replace("%d", Integer.toString(partition)),
                deadLetterMaxLen,
                shutdownTimeout,
                healthEnabled,
                probeInterval);
    }

    public static IncomingSettings of(
            RedisStreamsConnectorIncomingConfiguration config, String defaultGroup, String defaultConsumer) {
        String stream = config.getStream().orElse(config.getChannel());
        return new IncomingSettings(
                config.getChannel(),
                stream,
                config.getGroup().orElse(defaultGroup),
                config.getConsumer().orElse(defaultConsumer),
                config.getStartId(),
                Math.max(1, config.getBatchSize()),
                Duration.ofMillis(config.getBlockMs()),
                Duration.ofMillis(config.getClaimMinIdleMs()),
                Duration.ofMillis(config.getClaimIntervalMs()),
                Math.max(1, config.getMaxDeliveries()),
                Duration.ofMillis(config.getRetryDelayMs()),
                config.getFailureStrategy(),
                config.getDeadLetterQueueStream().orElse(stream + DEAD_LETTER_SUFFIX),
                config.getDeadLetterQueueMaxlen(),
                Duration.ofMillis(config.getShutdownTimeoutMs()),
                config.getHealthEnabled(),
                Duration.ofMillis(config.getProbeIntervalMs()));
    }
}
