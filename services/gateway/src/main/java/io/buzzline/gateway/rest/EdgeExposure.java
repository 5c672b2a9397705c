package io.buzzline.gateway.rest;

import io.vertx.core.http.HttpMethod;

/**
 * Which upstream routes the public edge serves, and which paths under /api are the gateway's own. Everything else the services answer stays inside the
 * cluster: their management endpoints ({@code /q/**}: health, metrics, OpenAPI) and content's pack orders,
 * which only the lobby (a service) places. The lobby's and profile's operations are all public. Each service
 * still checks roles on what is served.
 */
final class EdgeExposure {

    private EdgeExposure() {}

    /** The gateway's own REST resources under /api (the join URL's QR code, {@code web.JoinQrResource}). */
    static final String GATEWAY_OWN = "/api/join-codes/";

    /** Whether {@code path} (normalized) is one of the gateway's own REST resources rather than the edge's. */
    static boolean gatewayOwn(String path) {
        return path.startsWith(GATEWAY_OWN);
    }

    /** Whether {@code method path} (normalized, after the edge prefix) of the upstream at {@code prefix} is public. */
    static boolean exposed(String prefix, HttpMethod method, String path) {
        if (path.equals("/q") || path.startsWith("/q/")) {
            return false;
        }
        boolean packOrder = method.equals(HttpMethod.POST) && (path.equals("/packs") || path.equals("/packs/"));
        return !(prefix.equals("/api/content") && packOrder);
    }
}
