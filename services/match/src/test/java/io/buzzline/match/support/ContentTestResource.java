package io.buzzline.match.support;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.buzzline.testing.content.ContentStandIn;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * Starts a {@link ContentStandIn} and points match's content REST client at it, with the run's token keys
 * (TokenKeysTestResource): match signs its service token with the service key, as in production.
 */
public class ContentTestResource implements QuarkusTestResourceLifecycleManager {

    private final TokenKeysTestResource keys = new TokenKeysTestResource();
    private ContentStandIn server;

    @Override
    public Map<String, String> start() {
        server = new ContentStandIn();
        Map<String, String> config = new HashMap<>(keys.start());
        config.put("quarkus.rest-client.content.url", server.url());
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
        keys.stop();
    }
}
