package io.buzzline.profile.support;

import java.util.HashMap;
import java.util.Map;

import io.buzzline.testing.TestEnvironment;
import io.buzzline.testing.process.ContentProcess;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * Redis under a key prefix of its own (so {@code @InjectRedis} works), this run's token keys, and the real,
 * packaged content service as a process on that Redis, a Firestore project and a PostgreSQL schema of its own:
 * the archive profile reads game results from, and the quests it reads progress from. The jar is
 * services/content/target/quarkus-app (profile's pom makes the reactor build content first); its output goes to
 * target/content-under-profile-test-*.log. A test using it declares no {@link TokenKeysTestResource} of its own.
 */
public class ContentServiceTestResource extends RedisTestResource {

    /** The content service's URL, for a test that talks to it (an editor creating a quest). */
    public static final String CONTENT_URL_PROPERTY = "quarkus.rest-client.content.url";

    private final TokenKeysTestResource keys = new TokenKeysTestResource();
    private ContentProcess content;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.putAll(keys.start());
        content = ContentProcess.start("content-under-profile-test-" + TestEnvironment.uniqueId(), config);
        config.put(CONTENT_URL_PROPERTY, content.url());
        return config;
    }

    @Override
    public void stop() {
        if (content != null) {
            content.close();
        }
        keys.stop();
        super.stop();
    }
}
