package io.buzzline.redis.streams;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;

import io.buzzline.redis.streams.redis.PipelinedConnection;
import io.buzzline.testing.TestEnvironment;
import io.buzzline.testing.redis.RedisCommands;

/**
 * A test's own Redis at hand without the connector around it: a Vert.x, a client, one {@link
 * PipelinedConnection}, a {@link StreamInspector} and a key prefix of the run's own, all released (and
 * the prefix's keys deleted) by {@link #close}.
 */
public final class PipelinedRedis implements AutoCloseable {

    public final String url = TestEnvironment.setting("BUZZLINE_REDIS_URL", "redis://127.0.0.1:6379");
    public final String prefix = "t" + TestEnvironment.uniqueId() + ":";
    public final Vertx vertx = Vertx.vertx();
    public final Redis redis = Redis.createClient(vertx, url);
    public final PipelinedConnection connection = new PipelinedConnection(redis);
    public final StreamInspector inspector = new StreamInspector(url);

    @Override
    public void close() {
        connection.close();
        redis.close();
        vertx.closeAndAwait();
        inspector.close();
        try (RedisCommands fixture = new RedisCommands(url)) {
            fixture.deleteByPrefix(prefix);
        }
    }
}
