package io.buzzline.testing.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;

/**
 * The real, packaged content service as a process, for the tests of a service that talks to it (the lobby
 * orders packs, profile reads the archive): on the caller's Redis and key prefix, trusting the caller's token
 * keys, with a Firestore project and a PostgreSQL schema of its own, removed with it. The jar is
 * services/content/target/quarkus-app (the calling module's pom makes the reactor build content first).
 */
public final class ContentProcess implements AutoCloseable {

    private final PostgresTestResource postgres = new PostgresTestResource();
    private final FirestoreTestResource firestore = new FirestoreTestResource();
    private ServiceProcess content;

    private ContentProcess() {}

    /**
     * Starts content named {@code label} (its log: target/{@code label}.log) with {@code config}: a test
     * resource's Redis ({@code quarkus.redis.hosts}, the key prefix) and token keys
     * ({@code mp.jwt.verify.publickey.location}).
     */
    public static ContentProcess start(String label, Map<String, String> config) {
        ContentProcess process = new ContentProcess();
        List<String> options = new ArrayList<>(List.of("-Xmx256m"));
        Map<String, String> contentConfig = new HashMap<>(process.postgres.start());
        contentConfig.putAll(process.firestore.start());
        contentConfig.forEach((key, value) -> options.add("-D" + key + "=" + value));
        process.content = ServiceProcess.service("content")
                .label(label)
                .env("BUZZLINE_REDIS_URL", config.get("quarkus.redis.hosts"))
                .env("BUZZLINE_REDIS_KEY_PREFIX", config.get(RedisTestResource.KEY_PREFIX_PROPERTY))
                .env("BUZZLINE_TOKEN_PUBLIC_KEY", config.get("mp.jwt.verify.publickey.location"))
                .jvmOptions(options.toArray(String[]::new))
                .readyTimeout(Duration.ofSeconds(180))
                .start();
        return process;
    }

    public String url() {
        return content.url();
    }

    @Override
    public void close() {
        if (content != null) {
            content.close();
        }
        firestore.stop();
        postgres.stop();
    }
}
