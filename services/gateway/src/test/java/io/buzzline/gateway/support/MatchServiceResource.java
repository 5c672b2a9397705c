package io.buzzline.gateway.support;

import java.util.Map;

import io.buzzline.testing.content.ContentStandIn;

/**
 * libs/testing's match-service resource for the gateway: the real, packaged match under the test's key
 * prefix; the content stand-in (with {@link UpstreamPages}) as the lobby's and content's REST edge upstream,
 * and a second stand-in as profile's, on which every path echoes, so a test sees where a request went.
 */
public class MatchServiceResource extends io.buzzline.testing.process.MatchServiceResource {

    private ContentStandIn profile;

    @Override
    public Map<String, String> start() {
        profile = UpstreamPages.echoEverything(new ContentStandIn(), "profile");
        return super.start();
    }

    @Override
    protected Map<String, String> clientConfig(String contentUrl) {
        // The REST edge's upstreams: the content stand-in serves both the packs and an echo endpoint.
        return Map.of(
                "buzzline.routes.content-url", contentUrl,
                "buzzline.routes.lobby-url", contentUrl,
                "buzzline.routes.profile-url", profile.url());
    }

    @Override
    protected String label() {
        return "match-under-gateway-test";
    }

    @Override
    protected ContentStandIn contentStandIn() {
        return UpstreamPages.serveOn(new ContentStandIn(), "content");
    }

    @Override
    public void stop() {
        super.stop();
        if (profile != null) {
            profile.close();
        }
    }
}
