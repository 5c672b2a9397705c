package io.buzzline.testing.redis;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.buzzline.testing.TestEnvironment;

/**
 * Points the application at the shared Redis ({@code BUZZLINE_REDIS_URL}, default
 * {@code redis://127.0.0.1:6379}) under a key prefix of its own, and deletes that prefix afterwards.
 * Inject the {@link RedisTarget} with {@link InjectRedis}.
 */
public class RedisTestResource implements QuarkusTestResourceLifecycleManager {

    /** Configuration key every service reads its Redis key prefix from. */
    public static final String KEY_PREFIX_PROPERTY = "buzzline.redis.key-prefix";

    private RedisTarget target;

    @Override
    public Map<String, String> start() {
        String url = TestEnvironment.setting("BUZZLINE_REDIS_URL", "redis://127.0.0.1:6379");
        target = new RedisTarget(url, "t" + TestEnvironment.uniqueId() + ":");
        try (RedisCommands redis = new RedisCommands(url)) {
            if (!redis.ping()) {
                throw new IllegalStateException("No Redis answers at " + url
                        + ": run scripts/stack up, or set BUZZLINE_REDIS_URL to a Redis >= 6.2");
            }
        }
        return Map.of("quarkus.redis.hosts", url, KEY_PREFIX_PROPERTY, target.keyPrefix());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                target, new TestInjector.AnnotatedAndMatchesType(InjectRedis.class, RedisTarget.class));
    }

    @Override
    public void stop() {
        if (target != null) {
            try (RedisCommands redis = new RedisCommands(target.url())) {
                redis.deleteByPrefix(target.keyPrefix());
            }
        }
    }
}
