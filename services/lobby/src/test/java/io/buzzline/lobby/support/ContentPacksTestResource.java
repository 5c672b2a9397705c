package io.buzzline.lobby.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.buzzline.testing.content.ContentStandIn;

/** Points the lobby's content client at a {@link ContentStandIn}, for tests that run without match. */
public class ContentPacksTestResource implements QuarkusTestResourceLifecycleManager {

    private ContentStandIn content;

    @Override
    public Map<String, String> start() {
        content = new ContentStandIn();
        return Map.of("quarkus.rest-client.content.url", content.url());
    }

    @Override
    public void stop() {
        if (content != null) {
            content.close();
        }
    }
}
