package io.buzzline.gateway.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

import io.buzzline.testing.content.ContentStandIn;

/**
 * What the REST edge's tests need from an upstream besides content's packs, served from a
 * {@link ContentStandIn}: {@code /echo} answers what it received and which upstream it is, {@code /framework}
 * answers with HTML error pages, as an upstream's framework may.
 */
public final class UpstreamPages {

    private UpstreamPages() {}

    /** Adds {@code /echo} and {@code /framework} to {@code upstream}, whose echoes say they come from {@code name}. */
    public static ContentStandIn serveOn(ContentStandIn upstream, String name) {
        upstream.context("/echo", exchange -> echo(exchange, upstream.url(), name));
        upstream.context("/framework", UpstreamPages::framework);
        return upstream;
    }

    /**
     * As {@link #serveOn}, and every other path (but the stand-in's {@code /packs}) echoed too: an upstream
     * on which each of a service's real routes answers, so a test sees which of them the edge forwards.
     */
    public static ContentStandIn echoEverything(ContentStandIn upstream, String name) {
        serveOn(upstream, name).context("/", exchange -> echo(exchange, upstream.url(), name));
        return upstream;
    }

    /**
     * Answers 201 with the upstream's name and the method, path, query, content type, authorization,
     * idempotency key and body it received.
     */
    private static void echo(HttpExchange exchange, String url, String name) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String echoed = "{\"upstream\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod()
                + "\",\"path\":\"" + exchange.getRequestURI().getPath() + "\",\"query\":\""
                + exchange.getRequestURI().getQuery()
                + "\",\"contentType\":\"" + exchange.getRequestHeaders().getFirst("Content-Type")
                + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                + "\",\"idempotencyKey\":\"" + exchange.getRequestHeaders().getFirst("Idempotency-Key")
                + "\",\"body\":" + (body.isEmpty() ? "null" : body) + "}";
        // Absolute with the service's own address, as JAX-RS writes a Location; the edge must rewrite it.
        exchange.getResponseHeaders().set("Location", url + "/echo/1?v=2");
        ContentStandIn.respond(exchange, 201, "application/json", echoed);
    }

    /** Answers as a web framework's default error pages do: an HTML 404 for GET, an HTML 405 otherwise. */
    private static void framework(HttpExchange exchange) throws IOException {
        boolean get = exchange.getRequestMethod().equals("GET");
        exchange.getRequestBody().readAllBytes();
        if (!get) {
            exchange.getResponseHeaders().set("Allow", "GET");
        }
        ContentStandIn.respond(
                exchange, get ? 404 : 405, "text/html;charset=UTF-8", "<html><body><h1>Error</h1></body></html>");
    }
}
