package io.buzzline.redis.streams.incoming;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.impl.VertxInternal;
import io.vertx.mutiny.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.fault.RedisStreamsFailureHandler;
import io.buzzline.redis.streams.observe.ChannelHealth;
import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.redis.streams.observe.ChannelProbe;
import io.buzzline.redis.streams.partition.PartitionGate;
import io.buzzline.redis.streams.redis.PipelinedConnection;
import io.buzzline.redis.streams.redis.StreamCommands;
import io.buzzline.redis.streams.tracing.StreamTracing;

/**
 * An incoming channel: one consumer of one consumer group. Creates the group if absent, then emits the
 * poller's batches entry by entry, in stream order, on a Vert.x context of its own.
 */
public final class RedisStreamsIncomingChannel {

    private static final Logger LOG = Logger.getLogger(RedisStreamsIncomingChannel.class);

    private final IncomingSettings settings;
    private final IncomingRuntime runtime;
    private final PipelinedConnection reader;
    private final ChannelHealth health;
    private final ChannelProbe probe;
    private final EntryDecoder decoder;
    private final StreamTracing tracing;
    private final RedisStreamsAckHandler ackHandler;
    private final RedisStreamsFailureHandler failureHandler;
    private final StreamPoller poller;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Flow.Publisher<? extends Message<?>> stream;
    private final PartitionGate gate;

    /**
     * A channel over one stream, or one partition of a partitioned channel: read while {@code gate} admits it
     * ({@link PartitionGate#open()} for a stream of its own), emitting on {@code shared} (null: a context of
     * its own).
     */
    public RedisStreamsIncomingChannel(
            IncomingSettings settings,
            Vertx vertx,
            Redis redis,
            StreamCommands commands,
            ChannelMetrics metrics,
            RedisStreamsFailureHandler.Factory failureStrategy,
            StreamTracing tracing,
            PartitionGate gate,
            Context shared) {
        this.settings = settings;
        this.tracing = tracing;
        this.gate = gate;
        // Health entries are keyed by name: a partition's carries its stream, so none hides another.
        this.health = new ChannelHealth(
                gate.partition() < 0 ? settings.channel() : settings.channel() + " " + settings.stream(), true);
        this.runtime = new IncomingRuntime(settings, commands, new InFlight(), metrics, this::fail);
        this.reader = new PipelinedConnection(redis);
        this.probe =
                new ChannelProbe(vertx, commands, health, metrics, settings.stream(), settings.group(), gate::reading);
        this.decoder = new EntryDecoder(settings);
        // The partitions of one channel share one context: their entries reach the application on one event
        // loop, in one run of tasks, as one stream's do (match's group commit gathers what arrives together).
        Context context = shared != null
                ? shared
                : Context.newInstance(((VertxInternal) vertx.getDelegate()).createEventLoopContext());
        this.ackHandler = new RedisStreamsAckHandler(runtime, context.getDelegate());
        this.failureHandler = failureStrategy.create(runtime, ackHandler);
        this.poller = new StreamPoller(runtime, reader);
        this.stream = ensureGroup()
                .onItem()
                .transformToMulti(ready -> Multi.createBy()
                        .repeating()
                        .uni(() -> Uni.createFrom().deferred(this::poll))
                        .until(batch -> closed.get()))
                .onItem()
                .transformToIterable(batch -> batch)
                .emitOn(context::runOnContext)
                .map(this::toMessage);
        if (settings.healthEnabled()) {
            probe.start(settings.probeInterval());
        }
    }

    public Flow.Publisher<? extends Message<?>> publisher() {
        return stream;
    }

    public ChannelHealth health() {
        return health;
    }

    public String channel() {
        return settings.channel();
    }

    private Uni<Boolean> ensureGroup() {
        // Deferred: every retry must build a new command, on a connection that is alive by then.
        return Uni.createFrom()
                .deferred(() -> runtime.commands().createGroup(settings.stream(), settings.group(), settings.startId()))
                .invoke(created -> {
                    if (created) {
                        LOG.infof(
                                "Created consumer group %s on %s from %s",
                                settings.group(), settings.stream(), settings.startId());
                    }
                    probe.probe();
                })
                .onFailure()
                .invoke(health::unreachable)
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5))
                .indefinitely();
    }

    private Uni<List<Delivery>> poll() {
        Throwable fatal = failure.get();
        if (fatal != null) {
            return Uni.createFrom().failure(fatal);
        }
        if (closed.get()) {
            return Uni.createFrom().item(List.of());
        }
        // Deferred: a retry must read anew, not re-subscribe to a read bound to a dead connection.
        return Uni.createFrom()
                .deferred(() -> gate.admit()
                        .flatMap(admitted ->
                                admitted ? poller.next() : Uni.createFrom().item(List.<Delivery>of())))
                .invoke(batch ->
                        batch.forEach(d -> runtime.inFlight().begin(d.entry().id())))
                .onFailure(StreamPoller::isNoGroup)
                .recoverWithUni(missing -> ensureGroup().replaceWith(List.of()))
                .onFailure(t -> failure.get() == null && !closed.get())
                .invoke(t -> {
                    LOG.warnf("Reading %s failed, retrying: %s", settings.stream(), t.getMessage());
                    health.unreachable(t);
                })
                .onFailure(t -> failure.get() == null && !closed.get())
                .retry()
                .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5))
                .indefinitely()
                .onFailure(t -> closed.get())
                .recoverWithItem(List.of());
    }

    private Message<?> toMessage(Delivery delivery) {
        runtime.metrics().received(delivery.deliveryCount());
        IncomingRedisStreamsMetadata metadata = decoder.metadata(delivery);
        var message = new IncomingRedisStreamsMessage<>(
                decoder.payload(delivery.entry()), delivery.entry(), metadata, ackHandler, failureHandler);
        if (tracing.enabled()) {
            message.injectMetadata(tracing.process(metadata));
        }
        return message;
    }

    private void fail(Throwable reason) {
        if (failure.compareAndSet(null, reason)) {
            health.failed(reason);
        }
    }

    /**
     * Stops reading, then waits up to {@code shutdown-timeout-ms} for the entries being processed to be
     * settled. Entries still unsettled, and any read but not yet handed over, stay pending in the group
     * and are claimed by another consumer: nothing is acknowledged unprocessed.
     */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        probe.stop();
        reader.close();
        try {
            runtime.inFlight()
                    .whenIdle()
                    .toCompletableFuture()
                    .get(settings.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.infof(
                    "Channel %s stopped with %d entries unsettled; they stay pending for another consumer",
                    settings.channel(), runtime.inFlight().processingCount());
        }
    }
}
