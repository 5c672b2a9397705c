package io.buzzline.redis.streams.outgoing;

import java.time.Duration;

import io.buzzline.redis.streams.RedisStreamsConnectorOutgoingConfiguration;

/** The settings of one outgoing channel, resolved from its generated configuration. */
public record OutgoingSettings(
        String channel, String stream, long maxLen, int maxInflight, boolean healthEnabled, Duration probeInterval) {

    public static OutgoingSettings of(RedisStreamsConnectorOutgoingConfiguration config) {
        return new OutgoingSettings(
                config.getChannel(),
                config.getStream().orElse(config.getChannel()),
                config.getMaxlen(),
                config.getMaxInflightMessages(),
                config.getHealthEnabled(),
                Duration.ofMillis(config.getProbeIntervalMs()));
    }
}
