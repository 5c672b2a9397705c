package io.buzzline.redis.streams.incoming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;

import io.buzzline.redis.streams.fault.RedisStreamsFailureHandler;
import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.redis.streams.partition.PartitionGate;
import io.buzzline.redis.streams.redis.PipelinedConnection;
import io.buzzline.redis.streams.redis.StreamCommands;
import io.buzzline.redis.streams.tracing.StreamTracing;
import io.buzzline.testing.TestEnvironment;
import io.buzzline.testing.redis.RedisCommands;

/**
 * Builds incoming channels outside Quarkus, on a Vert.x and a Redis client of the test's own, so a test
 * can run several consumers and stop one as a crash would. Everything it writes lives under one prefix.
 */
public final class ChannelFixture implements AutoCloseable {

    public static final String GROUP = "workers";

    private final String url = TestEnvironment.setting("BUZZLINE_REDIS_URL", "redis://127.0.0.1:6379");
    private final String prefix = "t" + TestEnvironment.uniqueId() + ":";
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Vertx vertx = Vertx.vertx();
    private final Redis redis = Redis.createClient(vertx, url);
    private final PipelinedConnection connection = new PipelinedConnection(redis);
    private final StreamCommands commands = new StreamCommands(connection);
    private final List<RedisStreamsIncomingChannel> channels = new ArrayList<>();

    public String url() {
        return url;
    }

    public SimpleMeterRegistry registry() {
        return registry;
    }

    /** Settings with short idle and retry times, so claims and retries happen within a test. */
    public IncomingSettings settings(String stream, String consumer, String failureStrategy) {
        return new IncomingSettings(
                "channel-" + consumer,
                prefix + stream,
                GROUP,
                consumer,
                "0",
                10,
                Duration.ofMillis(200),
                Duration.ofMillis(500),
                Duration.ofMillis(100),
                3,
                Duration.ofMillis(100),
                failureStrategy,
                prefix + stream + IncomingSettings.DEAD_LETTER_SUFFIX,
                1000,
                Duration.ofMillis(500),
                true,
                Duration.ofMillis(200));
    }

    public RedisStreamsIncomingChannel start(IncomingSettings settings, RedisStreamsFailureHandler.Factory strategy) {
        var channel = new RedisStreamsIncomingChannel(
                settings,
                vertx,
                redis,
                commands,
                ChannelMetrics.incoming(registry, settings.channel(), settings.stream()),
                strategy,
                StreamTracing.OFF,
                PartitionGate.open(),
                null);
        channels.add(channel);
        return channel;
    }

    @Override
    public void close() {
        channels.forEach(RedisStreamsIncomingChannel::close);
        connection.close();
        redis.close();
        vertx.closeAndAwait();
        try (RedisCommands fixture = new RedisCommands(url)) {
            fixture.deleteByPrefix(prefix);
        }
    }
}
