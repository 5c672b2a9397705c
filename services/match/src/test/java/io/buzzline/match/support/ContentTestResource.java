package io.buzzline.match.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * Starts a {@link ContentServer} and points match's content REST client at it, with the run's token keys
 * (TokenKeysTestResource): match signs its service token with the service key, as in production.
 */
public class ContentTestResource implements QuarkusTestResourceLifecycleManager {

    private final TokenKeysTestResource keys = new TokenKeysTestResource();
    private ContentServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ContentServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
