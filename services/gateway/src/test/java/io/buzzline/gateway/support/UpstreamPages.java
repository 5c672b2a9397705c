package io.buzzline.gateway.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

import io.buzzline.testing.content.ContentStandIn;

/**
 * What the REST edge's tests need from an upstream besides content's packs, served from the same
 * {@link ContentStandIn}: {@code /echo} answers what it received, {@code /framework} answers with HTML
 * error pages, as an upstream's framework may.
 */
public final class UpstreamPages {

    private UpstreamPages() {}

    /** Adds {@code /echo} and {@code /framework} to {@code upstream}. */
    public static ContentStandIn serveOn(ContentStandIn upstream) {
        upstream.context("/echo", exchange -> echo(exchange, upstream.url()));
        upstream.context("/framework", UpstreamPages::framework);
        return upstream;
    }

    /** Answers 201 with the method, path, query, content type, authorization and body it received. */
    private static void echo(HttpExchange exchange, String url) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String echoed = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                + exchange.getRequestURI().getPath() + "\",\"query\":\""
                + exchange.getRequestURI().getQuery()
                + "\",\"contentType\":\"" + exchange.getRequestHeaders().getFirst("Content-Type")
                + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                + "\",\"body\":" + (body.isEmpty() ? "null" : body) + "}";
        // Absolute with the service's own address, as JAX-RS writes a Location; the edge must rewrite it.
        exchange.getResponseHeaders().set("Location", url + "/echo/1?v=2");
        byte[] bytes = echoed.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(201, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Answers as a web framework's default error pages do: an HTML 404 for GET, an HTML 405 otherwise. */
    private static void framework(HttpExchange exchange) throws IOException {
        byte[] page = "<html><body><h1>Error</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        boolean get = exchange.getRequestMethod().equals("GET");
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
        if (!get) {
            exchange.getResponseHeaders().set("Allow", "GET");
        }
        exchange.sendResponseHeaders(get ? 404 : 405, page.length);
        try (var out = exchange.getResponseBody()) {
            out.write(page);
        }
    }
}
