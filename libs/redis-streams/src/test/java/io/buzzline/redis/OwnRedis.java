package io.buzzline.redis;

import java.time.Duration;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.buzzline.testing.redis.RedisServer;

/**
 * A redis-server of the test class's own with a low-level Mutiny client on it, for the plain (non-Quarkus)
 * Redis code of this library: tests that flush scripts or reset statistics, which a shared Redis must not
 * see. Register it as a static {@code @RegisterExtension} field: started before the class, stopped after.
 */
public final class OwnRedis implements BeforeAllCallback, AfterAllCallback {

    /** How long a test waits for one reply. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private RedisServer server;
    private Vertx vertx;
    private Redis client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = RedisServer.start(false);
        vertx = Vertx.vertx();
        client = Redis.createClient(vertx, server.url());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        vertx.closeAndAwait();
        server.close();
    }

    public Redis client() {
        return client;
    }

    public Response send(Request request) {
        return client.send(request).await().atMost(WAIT);
    }
}
