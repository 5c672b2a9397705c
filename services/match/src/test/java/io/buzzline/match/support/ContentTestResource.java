package io.buzzline.match.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a {@link ContentServer} and points match's content REST client at it. */
public class ContentTestResource implements QuarkusTestResourceLifecycleManager {

    private ContentServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ContentServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.rest-client.content.url", server.url());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
