package io.buzzline.gateway.support;

import java.util.HashMap;
import java.util.Map;

import io.buzzline.testing.content.ContentStandIn;
import io.buzzline.testing.process.ServiceProcess;
import io.buzzline.testing.redis.RedisTestResource;

/**
 * Redis under a key prefix of its own (as {@link RedisTestResource}) plus the real, packaged match
 * service running as a process under the same prefix ({@link ServiceProcess}), with a content stand-in
 * for its question packs. The jar is services/match/target/quarkus-app (the reactor builds match first).
 */
public class MatchServiceResource extends RedisTestResource {

    private ContentStandIn content;
    private ServiceProcess match;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(redis());
        content = UpstreamPages.serveOn(new ContentStandIn());
        match = ServiceProcess.service("match")
                .label("match-under-test")
                .env("BUZZLINE_REDIS_URL", config.get("quarkus.redis.hosts"))
                .env("BUZZLINE_REDIS_KEY_PREFIX", config.get(KEY_PREFIX_PROPERTY))
                .env("BUZZLINE_MATCH_INSTANCE_ID", "gateway-test-match")
                .env("BUZZLINE_CONTENT_URL", content.url())
                .start();
        // The REST edge's upstreams: the stand-in serves both the packs and an echo endpoint.
        config.put("buzzline.routes.content-url", content.url());
        config.put("buzzline.routes.lobby-url", content.url());
        return config;
    }

    /** Where match and the gateway keep their keys: the shared Redis under a prefix of this run's own. */
    protected Map<String, String> redis() {
        return super.start();
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
