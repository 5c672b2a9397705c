package io.buzzline.gateway.rest;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Rewrites an upstream's {@code Location} to the public edge path: JAX-RS makes a relative Location
 * absolute with the address the service was called on (the cluster-internal one), which a client can
 * neither reach nor should learn. {@code http://lobby:8081/games/g_1} becomes {@code /api/lobby/games/g_1}.
 */
final class EdgeLocation {

    private EdgeLocation() {}

    static String rewrite(String location, String prefix) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (uri.getHost() != null || location.startsWith("/")) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return prefix + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        return location;
    }
}
