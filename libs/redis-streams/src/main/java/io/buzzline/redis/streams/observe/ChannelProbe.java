package io.buzzline.redis.streams.observe;

import java.time.Duration;

import io.vertx.mutiny.core.Vertx;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.redis.StreamCommands;

/**
 * Periodically asks Redis how a channel is doing (PING, or XINFO GROUPS for a consumer group) and feeds
 * the answer to the channel's health and its pending/lag gauges. Health checks read the last answer,
 * so a readiness probe never waits on Redis.
 */
public final class ChannelProbe {

    private static final Logger LOG = Logger.getLogger(ChannelProbe.class);

    private final Vertx vertx;
    private final StreamCommands commands;
    private final ChannelHealth health;
    private final ChannelMetrics metrics;
    private final String stream;
    private final String group;
    private long timerId = -1;

    /** {@code group} is null for an outgoing channel. */
    public ChannelProbe(
            Vertx vertx,
            StreamCommands commands,
            ChannelHealth health,
            ChannelMetrics metrics,
            String stream,
            String group) {
        this.vertx = vertx;
        this.commands = commands;
        this.health = health;
        this.metrics = metrics;
        this.stream = stream;
        this.group = group;
    }

    public void start(Duration interval) {
        probe();
        timerId = vertx.setPeriodic(Math.max(1, interval.toMillis()), id -> probe());
    }

    /** Probes now; also used right after the group was created so readiness does not wait a period. */
    public void probe() {
        if (group == null) {
            commands.ping().subscribe().with(ok -> health.probed(true), this::unreachable);
            return;
        }
        commands.groupInfo(stream, group)
                .subscribe()
                .with(
                        info -> {
                            health.probed(info.isPresent());
                            info.ifPresent(i -> metrics.group(i.pending(), i.lag()));
                        },
                        this::unreachable);
    }

    private void unreachable(Throwable failure) {
        LOG.debugf("Probe of stream %s failed: %s", stream, failure.getMessage());
        health.unreachable(failure);
    }

    public void stop() {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }
}
