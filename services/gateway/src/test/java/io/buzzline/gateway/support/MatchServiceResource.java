package io.buzzline.gateway.support;

import java.util.Map;

import io.buzzline.testing.content.ContentStandIn;

/**
 * libs/testing's match-service resource for the gateway: the real, packaged match under the test's key
 * prefix, and the content stand-in (with {@link UpstreamPages}) as both REST edge upstreams.
 */
public class MatchServiceResource extends io.buzzline.testing.process.MatchServiceResource {

    @Override
    protected Map<String, String> clientConfig(String contentUrl) {
        // The REST edge's upstreams: the stand-in serves both the packs and an echo endpoint.
        return Map.of("buzzline.routes.content-url", contentUrl, "buzzline.routes.lobby-url", contentUrl);
    }

    @Override
    protected String label() {
        return "match-under-gateway-test";
    }

    @Override
    protected ContentStandIn contentStandIn() {
        return UpstreamPages.serveOn(new ContentStandIn());
    }
}
