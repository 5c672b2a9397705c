package io.buzzline.lobby.support;

import java.util.HashMap;
import java.util.Map;

import io.buzzline.testing.TestEnvironment;
import io.buzzline.testing.content.ContentStandIn;
import io.buzzline.testing.process.ServiceProcess;
import io.buzzline.testing.redis.RedisTestResource;

/**
 * Redis under a key prefix of its own (as {@link RedisTestResource}, so {@code @InjectRedis} works),
 * the real, packaged match service running as a process under the same prefix, and a
 * {@link ContentStandIn} serving the lobby's and match's sides of content's pack contract. The jar is
 * services/match/target/quarkus-app (the lobby's pom makes the reactor build match first); match's
 * output goes to target/match-under-lobby-test-*.log.
 */
public class MatchServiceTestResource extends RedisTestResource {

    private ContentStandIn content;
    private ServiceProcess match;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        content = new ContentStandIn();
        String id = TestEnvironment.uniqueId();
        match = ServiceProcess.service("match")
                .label("match-under-lobby-test-" + id)
                .env("BUZZLINE_REDIS_URL", config.get("quarkus.redis.hosts"))
                .env("BUZZLINE_REDIS_KEY_PREFIX", config.get(KEY_PREFIX_PROPERTY))
                .env("BUZZLINE_MATCH_INSTANCE_ID", "lobby-test-match-" + id)
                .env("BUZZLINE_CONTENT_URL", content.url())
                // A longer lease than production's 1.2 s: this is about the lobby's contract, and a
                // busy shared build machine must not make the only match instance lose its games.
                .env("BUZZLINE_MATCH_LEASE_TTL", "5s")
                .start();
        config.put("quarkus.rest-client.content.url", content.url());
        return config;
    }

    @Override
    public void stop() {
        if (match != null) {
            match.close();
        }
        if (content != null) {
            content.close();
        }
        super.stop();
    }
}
