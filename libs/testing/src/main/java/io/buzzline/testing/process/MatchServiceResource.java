package io.buzzline.testing.process;

import java.util.HashMap;
import java.util.Map;

import io.buzzline.testing.TestEnvironment;
import io.buzzline.testing.content.ContentStandIn;
import io.buzzline.testing.redis.RedisTestResource;

/**
 * Redis under a key prefix of its own (as {@link RedisTestResource}, so {@code @InjectRedis} works), the
 * real, packaged match service running as a process under the same prefix ({@link ServiceProcess}), and a
 * {@link ContentStandIn} for its question packs: what a service that talks to match tests against. The
 * jar is services/match/target/quarkus-app (a module using this declares a test dependency on match so the
 * reactor builds it first); match's output goes to target/{@link #label()}-*.log. A module says what its
 * own service is to be pointed at ({@link #clientConfig}) and may change the rest through the hooks.
 */
public abstract class MatchServiceResource extends RedisTestResource {

    private ContentStandIn content;
    private ServiceProcess match;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(redis());
        content = contentStandIn();
        String id = TestEnvironment.uniqueId();
        match = ServiceProcess.service("match")
                .label(label() + "-" + id)
                .env("BUZZLINE_REDIS_URL", config.get("quarkus.redis.hosts"))
                .env("BUZZLINE_REDIS_KEY_PREFIX", config.get(KEY_PREFIX_PROPERTY))
                .env("BUZZLINE_MATCH_INSTANCE_ID", label() + "-" + id)
                .env("BUZZLINE_CONTENT_URL", content.url())
                .env(matchEnv())
                .start();
        config.putAll(clientConfig(content.url()));
        return config;
    }

    /** The configuration of the service under test that points it at the content stand-in. */
    protected abstract Map<String, String> clientConfig(String contentUrl);

    /** Names match's log and instance id: {@code match-under-<module>-test}. */
    protected abstract String label();

    /** Where match and the service under test keep their keys: the shared Redis under a prefix of this run's own. */
    protected Map<String, String> redis() {
        return super.start();
    }

    /** The content stand-in; a module may serve paths of its own from it. */
    protected ContentStandIn contentStandIn() {
        return new ContentStandIn();
    }

    /** Match's environment beyond Redis, its instance id and content's URL (none by default). */
    protected Map<String, String> matchEnv() {
        return Map.of();
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
