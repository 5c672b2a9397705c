package io.buzzline.redis.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.opentelemetry.api.OpenTelemetry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.annotations.ConnectorAttribute;
import io.smallrye.reactive.messaging.connector.InboundConnector;
import io.smallrye.reactive.messaging.connector.OutboundConnector;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.health.HealthReporter;
import io.smallrye.reactive.messaging.providers.connectors.ExecutionHolder;
import io.vertx.core.impl.VertxInternal;
import io.vertx.mutiny.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.fault.RedisStreamsFailureHandler;
import io.buzzline.redis.streams.incoming.IncomingSettings;
import io.buzzline.redis.streams.incoming.RedisStreamsIncomingChannel;
import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.redis.streams.outgoing.OutgoingParts;
import io.buzzline.redis.streams.outgoing.OutgoingSettings;
import io.buzzline.redis.streams.outgoing.PayloadEncoder;
import io.buzzline.redis.streams.outgoing.RedisStreamsOutgoingChannel;
import io.buzzline.redis.streams.partition.PartitionFilter;
import io.buzzline.redis.streams.partition.PartitionGate;
import io.buzzline.redis.streams.redis.PipelinedConnection;
import io.buzzline.redis.streams.redis.StreamCommands;
import io.buzzline.redis.streams.tracing.StreamTracing;
import io.buzzline.redis.streams.tracing.TracingSwitch;

import static io.smallrye.reactive.messaging.annotations.ConnectorAttribute.Direction.INCOMING;
import static io.smallrye.reactive.messaging.annotations.ConnectorAttribute.Direction.INCOMING_AND_OUTGOING;
import static io.smallrye.reactive.messaging.annotations.ConnectorAttribute.Direction.OUTGOING;

/**
 * The {@code redis-streams} connector: incoming channels consume a stream through a consumer group,
 * outgoing channels append to a stream. Configured under {@code mp.messaging.[incoming|outgoing].<channel>}.
 */
@ApplicationScoped
@Connector(RedisStreamsConnector.NAME)
@ConnectorAttribute(
        name = "stream",
        type = "string",
        direction = INCOMING_AND_OUTGOING,
        description = "Stream key; may carry a Redis Cluster hash tag, e.g. {g:42}:events. Default: the channel name")
@ConnectorAttribute(
        name = "health-enabled",
        type = "boolean",
        direction = INCOMING_AND_OUTGOING,
        description = "Whether the channel reports to readiness (Redis reachable, group present) and liveness",
        defaultValue = "true")
@ConnectorAttribute(
        name = "probe-interval-ms",
        type = "long",
        direction = INCOMING_AND_OUTGOING,
        description = "How often the channel probes Redis for health and the pending/lag gauges",
        defaultValue = "5000")
@ConnectorAttribute(
        name = "group",
        type = "string",
        direction = INCOMING,
        description = "Consumer group. Default: quarkus.application.name, else the channel name")
@ConnectorAttribute(
        name = "consumer",
        type = "string",
        direction = INCOMING,
        description = "Consumer name, unique per instance. Default: $HOSTNAME (the pod name) plus a random suffix")
@ConnectorAttribute(
        name = "start-id",
        type = "string",
        direction = INCOMING,
        description = "Where a group created by the connector starts: 0 (whole stream) or $ (new entries only)",
        defaultValue = "0")
@ConnectorAttribute(
        name = "batch-size",
        type = "int",
        direction = INCOMING,
        description = "Entries fetched per XREADGROUP / XAUTOCLAIM / XCLAIM (COUNT)",
        defaultValue = "32")
@ConnectorAttribute(
        name = "block-ms",
        type = "long",
        direction = INCOMING,
        description = "Longest XREADGROUP BLOCK; also bounds how long a stop waits for the read",
        defaultValue = "2000")
@ConnectorAttribute(
        name = "claim-min-idle-ms",
        type = "long",
        direction = INCOMING,
        description = "Idle time after which another consumer's pending entry is claimed (XAUTOCLAIM); longer "
                + "than the slowest processing",
        defaultValue = "30000")
@ConnectorAttribute(
        name = "claim-interval-ms",
        type = "long",
        direction = INCOMING,
        description = "How often the consumer looks for idle pending entries to claim",
        defaultValue = "5000")
@ConnectorAttribute(
        name = "max-deliveries",
        type = "int",
        direction = INCOMING,
        description = "Deliveries after which a failing entry is dead-lettered (dead-letter-queue strategy)",
        defaultValue = "5")
@ConnectorAttribute(
        name = "retry-delay-ms",
        type = "long",
        direction = INCOMING,
        description = "Delay before a nacked entry is delivered again to this consumer",
        defaultValue = "1000")
@ConnectorAttribute(
        name = "failure-strategy",
        type = "string",
        direction = INCOMING,
        description = "What a nack does: dead-letter-queue, ignore, fail, or the @Identifier of your own "
                + "RedisStreamsFailureHandler.Factory bean",
        defaultValue = "dead-letter-queue")
@ConnectorAttribute(
        name = "dead-letter-queue.stream",
        type = "string",
        direction = INCOMING,
        description = "Dead-letter stream. Default: the stream key + ':dlq' (keeps its hash tag)")
@ConnectorAttribute(
        name = "dead-letter-queue.maxlen",
        type = "long",
        direction = INCOMING,
        description = "MAXLEN ~ of the dead-letter stream (0: unbounded)",
        defaultValue = "100000")
@ConnectorAttribute(
        name = "shutdown-timeout-ms",
        type = "long",
        direction = INCOMING,
        description = "How long a stop waits for in-flight entries to be settled; the rest stay pending",
        defaultValue = "10000")
@ConnectorAttribute(
        name = "partitions",
        type = "int",
        direction = INCOMING,
        description = "Partitions of a partitioned stream: the stream key holds %d for the partition number "
                + "and each partition is read by a consumer of its own; 1: one stream",
        defaultValue = "1")
@ConnectorAttribute(
        name = "partition-filter",
        type = "string",
        direction = INCOMING,
        description = "The @Identifier of a PartitionFilter bean saying which partitions this instance reads "
                + "now. Default: all")
@ConnectorAttribute(
        name = "resume-backlog-ms",
        type = "long",
        direction = INCOMING,
        description = "When the partition filter hands this instance a partition, what its group has not read "
                + "yet is bounded to the entries of this many ms before Redis' clock (older ones were the previous "
                + "reader's); -1: read the whole backlog",
        defaultValue = "-1")
@ConnectorAttribute(
        name = "maxlen",
        type = "long",
        direction = OUTGOING,
        description = "XADD MAXLEN ~ bound of the stream (approximate: Redis trims whole nodes); 0: unbounded",
        defaultValue = "100000")
@ConnectorAttribute(
        name = "max-inflight-messages",
        type = "int",
        direction = OUTGOING,
        description = "XADDs awaiting Redis' reply at once; upstream gets no demand beyond (0: unbounded)",
        defaultValue = "128")
public class RedisStreamsConnector implements InboundConnector, OutboundConnector, HealthReporter {

    public static final String NAME = "redis-streams";

    private static final Logger LOG = Logger.getLogger(RedisStreamsConnector.class);

    private final Vertx vertx;
    private final Redis redis;
    private final Instance<RedisStreamsFailureHandler.Factory> failureStrategies;
    private final Instance<PartitionFilter> partitionFilters;
    private final MeterRegistry registry;
    private final PayloadEncoder encoder;
    private final Optional<String> applicationName;
    private final ConsumerNames consumerNames = new ConsumerNames();
    private final PipelinedConnection connection;
    private final StreamCommands commands;
    private final StreamTracing tracing;
    private final List<RedisStreamsIncomingChannel> incoming = new CopyOnWriteArrayList<>();
    private final List<RedisStreamsOutgoingChannel> outgoing = new CopyOnWriteArrayList<>();

    public RedisStreamsConnector(
            ExecutionHolder execution,
            Redis redis,
            @Any Instance<RedisStreamsFailureHandler.Factory> failureStrategies,
            @Any Instance<PartitionFilter> partitionFilters,
            Instance<MeterRegistry> registries,
            ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.application.name") Optional<String> applicationName,
            Instance<OpenTelemetry> openTelemetry,
            Config config) {
        this.vertx = execution.vertx();
        this.redis = redis;
        this.failureStrategies = failureStrategies;
        this.partitionFilters = partitionFilters;
        // Without a Micrometer extension the meters land in the global registry, a no-op when empty.
        this.registry = registries.isResolvable() ? registries.get() : Metrics.globalRegistry;
        this.encoder = new PayloadEncoder(mapper);
        this.applicationName = applicationName;
        this.connection = new PipelinedConnection(redis);
        this.commands = new StreamCommands(connection);
        this.tracing = TracingSwitch.active(openTelemetry, config)
                .map(StreamTracing::of)
                .orElse(StreamTracing.OFF);
    }

    @Override
    public Flow.Publisher<? extends Message<?>> getPublisher(Config config) {
        var configuration = new RedisStreamsConnectorIncomingConfiguration(config);
        IncomingSettings settings = IncomingSettings.of(
                configuration, applicationName.orElse(configuration.getChannel()), consumerNames.next());
        int partitions = configuration.getPartitions();
        // A partitioned stream's pattern (%d) is read as partitions even when there is one: its key is p0.
        if (partitions <= 1 && !settings.stream().contains("%d")) {
            return open(settings, PartitionGate.open(), null).publisher();
        }
        // One consumer per partition (a Redis Cluster puts each partition's stream in a slot of its own, so no
        // single XREADGROUP may read two), merged into one channel: each partition keeps its own order.
        PartitionFilter filter =
                configuration.getPartitionFilter().map(this::partitionFilter).orElse(PartitionFilter.ALL);
        LOG.infof(
                "Channel %s reads %d partitions of %s: %d connections of the Redis client's pool stay held by"
                        + " their blocked reads (quarkus.redis.max-pool-size must leave room for the rest)",
                settings.channel(), partitions, settings.stream(), partitions);
        Duration backlog = Duration.ofMillis(configuration.getResumeBacklogMs());
        List<Flow.Publisher<? extends Message<?>>> readers = new ArrayList<>();
        List<PartitionGate> gates = new ArrayList<>();
        Context shared = Context.newInstance(((VertxInternal) vertx.getDelegate()).createEventLoopContext());
        for (int partition = 0; partition < Math.max(1, partitions); partition++) {
            IncomingSettings part = settings.forPartition(partition);
            PartitionGate gate = new PartitionGate(filter, partition, backlog, commands, part.stream(), part.group());
            gates.add(gate);
            readers.add(open(part, gate, shared).publisher());
        }
        ChannelMetrics.partitionsReading(registry, settings.channel(), gates);
        return Multi.createBy()
                .merging()
                .withConcurrency(partitions)
                .streams(readers.stream()
                        .map(publisher -> Multi.createFrom().publisher(publisher))
                        .toList());
    }

    private RedisStreamsIncomingChannel open(IncomingSettings settings, PartitionGate gate, Context shared) {
        var channel = new RedisStreamsIncomingChannel(
                settings,
                vertx,
                redis,
                commands,
                ChannelMetrics.incoming(registry, settings.channel(), settings.stream()),
                failureStrategy(settings.failureStrategy()),
                tracing,
                gate,
                shared);
        incoming.add(channel);
        return channel;
    }

    private PartitionFilter partitionFilter(String name) {
        Instance<PartitionFilter> filter = partitionFilters.select(Identifier.Literal.of(name));
        if (!filter.isResolvable()) {
            throw new IllegalArgumentException(
                    "Unknown partition-filter '" + name + "': the @Identifier of a PartitionFilter bean");
        }
        return filter.get();
    }

    @Override
    public Flow.Subscriber<? extends Message<?>> getSubscriber(Config config) {
        OutgoingSettings settings = OutgoingSettings.of(new RedisStreamsConnectorOutgoingConfiguration(config));
        var channel = new RedisStreamsOutgoingChannel(
                settings,
                new OutgoingParts(
                        vertx,
                        commands,
                        encoder,
                        ChannelMetrics.outgoing(registry, settings.channel(), settings.stream()),
                        tracing));
        outgoing.add(channel);
        return channel.subscriber();
    }

    private RedisStreamsFailureHandler.Factory failureStrategy(String name) {
        Instance<RedisStreamsFailureHandler.Factory> strategy = failureStrategies.select(Identifier.Literal.of(name));
        if (!strategy.isResolvable()) {
            throw new IllegalArgumentException("Unknown failure-strategy '" + name + "': use dead-letter-queue, "
                    + "ignore, fail, or the @Identifier of a RedisStreamsFailureHandler.Factory bean");
        }
        return strategy.get();
    }

    @Override
    public HealthReport getReadiness() {
        HealthReport.HealthReportBuilder builder = HealthReport.builder();
        incoming.forEach(channel -> channel.health().addReadiness(builder));
        outgoing.forEach(channel -> channel.health().addReadiness(builder));
        return builder.build();
    }

    @Override
    public HealthReport getLiveness() {
        HealthReport.HealthReportBuilder builder = HealthReport.builder();
        incoming.forEach(channel -> channel.health().addLiveness(builder));
        outgoing.forEach(channel -> channel.health().addLiveness(builder));
        return builder.build();
    }

    /** Stops consuming before the application's beans go away, so in-flight entries can still be acked. */
    void terminate(@Observes @Priority(50) @BeforeDestroyed(ApplicationScoped.class) Object event) {
        incoming.forEach(RedisStreamsIncomingChannel::close);
        outgoing.forEach(RedisStreamsOutgoingChannel::close);
        connection.close();
    }
}
