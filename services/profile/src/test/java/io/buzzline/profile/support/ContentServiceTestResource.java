package io.buzzline.profile.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.buzzline.testing.TestEnvironment;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.process.ServiceProcess;
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

    private final PostgresTestResource postgres = new PostgresTestResource();
    private final FirestoreTestResource contentFirestore = new FirestoreTestResource();
    private final TokenKeysTestResource keys = new TokenKeysTestResource();
    private ServiceProcess content;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.putAll(keys.start());
        List<String> options = new ArrayList<>(List.of("-Xmx256m"));
        Map<String, String> contentConfig = new HashMap<>(postgres.start());
        contentConfig.putAll(contentFirestore.start());
        contentConfig.forEach((key, value) -> options.add("-D" + key + "=" + value));
        content = ServiceProcess.service("content")
                .label("content-under-profile-test-" + TestEnvironment.uniqueId())
                .env("BUZZLINE_REDIS_URL", config.get("quarkus.redis.hosts"))
                .env("BUZZLINE_REDIS_KEY_PREFIX", config.get(KEY_PREFIX_PROPERTY))
                .env("BUZZLINE_TOKEN_PUBLIC_KEY", config.get("mp.jwt.verify.publickey.location"))
                .jvmOptions(options.toArray(String[]::new))
                .readyTimeout(Duration.ofSeconds(180))
                .start();
        config.put(CONTENT_URL_PROPERTY, content.url());
        return config;
    }

    @Override
    public void stop() {
        if (content != null) {
            content.close();
        }
        contentFirestore.stop();
        postgres.stop();
        keys.stop();
        super.stop();
    }
}
