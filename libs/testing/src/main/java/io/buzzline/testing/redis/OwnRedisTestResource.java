package io.buzzline.testing.redis;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a {@link RedisServer} only this test uses (so the test may kill it) and points the
 * application at it. Inject the server with {@link InjectRedis}. Arg {@code appendOnly=true} turns AOF on.
 */
public class OwnRedisTestResource implements QuarkusTestResourceLifecycleManager {

    private RedisServer server;
    private boolean appendOnly;

    @Override
    public void init(Map<String, String> initArgs) {
        appendOnly = Boolean.parseBoolean(initArgs.getOrDefault("appendOnly", "false"));
    }

    @Override
    public Map<String, String> start() {
        server = RedisServer.start(appendOnly);
        return Map.of("quarkus.redis.hosts", server.url(), RedisTestResource.KEY_PREFIX_PROPERTY, "own:");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                server, new TestInjector.AnnotatedAndMatchesType(InjectRedis.class, RedisServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
