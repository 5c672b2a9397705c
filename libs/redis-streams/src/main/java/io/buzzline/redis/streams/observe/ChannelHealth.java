package io.buzzline.redis.streams.observe;

import io.smallrye.reactive.messaging.health.HealthReport;

/**
 * What the last probe of a channel found: Redis reachable, the group present (incoming), and whether
 * the channel stopped on a failure. Written by the channel's probe, read by health checks.
 */
public final class ChannelHealth {

    private final String channel;
    private final boolean needsGroup;
    private volatile boolean reachable;
    private volatile boolean groupExists;
    private volatile String problem = "not probed yet";
    private volatile Throwable failure;

    public ChannelHealth(String channel, boolean needsGroup) {
        this.channel = channel;
        this.needsGroup = needsGroup;
    }

    public void probed(boolean groupPresent) {
        reachable = true;
        groupExists = groupPresent;
        problem = needsGroup && !groupPresent ? "consumer group missing" : null;
    }

    public void unreachable(Throwable cause) {
        reachable = false;
        problem = "Redis unreachable: " + cause.getMessage();
    }

    /** The channel stopped for good (failure strategy {@code fail}). */
    public void failed(Throwable cause) {
        failure = cause;
    }

    public boolean isFailed() {
        return failure != null;
    }

    public void addReadiness(HealthReport.HealthReportBuilder builder) {
        boolean ready = failure == null && reachable && (!needsGroup || groupExists);
        builder.add(channel, ready, ready ? null : message());
    }

    public void addLiveness(HealthReport.HealthReportBuilder builder) {
        builder.add(channel, failure == null, failure == null ? null : message());
    }

    private String message() {
        return failure != null ? "channel failed: " + failure.getMessage() : problem;
    }
}
