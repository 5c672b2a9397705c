package io.buzzline.redis.streams.observe;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import io.vertx.mutiny.core.Vertx;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.redis.StreamCommands;

/**
 * Periodically asks Redis how a channel is doing (PING, or XINFO GROUPS for a consumer group) and feeds
 * the answer to the channel's health and its pending/lag gauges. Health checks read the last answer,
 * so a readiness probe never waits on Redis.
 *
 * <p>The gauges say what this instance owes: for a partition it does not read (its share is elsewhere),
 * 0. Its group there falls behind by design, as another instance's group reads the partition; reported,
 * that lag would read as a backlog nobody works off (an autoscaler pinned at max-scale, a stuck-group
 * alert on every quiet partition).
 */
public final class ChannelProbe {

    private static final Logger LOG = Logger.getLogger(ChannelProbe.class);

    private final Vertx vertx;
    private final StreamCommands commands;
    private final ChannelHealth health;
    private final ChannelMetrics metrics;
    private final String stream;
    private final String group;
    private final BooleanSupplier reading;
    private long timerId = -1;

    /** {@code group} is null for an outgoing channel; {@code reading} says whether this instance reads it now. */
    public ChannelProbe(
            Vertx vertx,
            StreamCommands commands,
            ChannelHealth health,
            ChannelMetrics metrics,
            String stream,
            String group,
            BooleanSupplier reading) {
        this.vertx = vertx;
        this.commands = commands;
        this.health = health;
        this.metrics = metrics;
        this.stream = stream;
        this.group = group;
        this.reading = reading;
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
                            info.ifPresent(i -> {
                                if (reading.getAsBoolean()) {
                                    metrics.group(i.pending(), i.lag());
                                } else {
                                    metrics.group(0, 0);
                                }
                            });
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
