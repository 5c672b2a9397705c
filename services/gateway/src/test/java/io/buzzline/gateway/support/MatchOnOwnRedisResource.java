package io.buzzline.gateway.support;

import java.util.Map;

import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisServer;
import io.buzzline.testing.redis.RedisTarget;

/**
 * {@link MatchServiceResource} on a Redis server only this test uses, with its append-only file on, so
 * the test may kill and restart it under a live game. Inject the {@link RedisServer} (to restart it)
 * and the {@link RedisTarget} (for the game driver) with {@link InjectRedis}.
 */
public class MatchOnOwnRedisResource extends MatchServiceResource {

    private static final String PREFIX = "own:";

    private RedisServer server;

    @Override
    protected Map<String, String> redis() {
        server = RedisServer.start(true);
        return Map.of("quarkus.redis.hosts", server.url(), KEY_PREFIX_PROPERTY, PREFIX);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                server, new TestInjector.AnnotatedAndMatchesType(InjectRedis.class, RedisServer.class));
        testInjector.injectIntoFields(
                new RedisTarget(server.url(), PREFIX),
                new TestInjector.AnnotatedAndMatchesType(InjectRedis.class, RedisTarget.class));
    }

    @Override
    public void stop() {
        super.stop();
        if (server != null) {
            server.close();
        }
    }
}
