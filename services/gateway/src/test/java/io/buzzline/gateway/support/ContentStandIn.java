package io.buzzline.gateway.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for content's {@code GET /packs/{packId}}, which match calls before a
 * game starts: {@code pack-<n>} has n questions q1..qn with choices A, B, C and key B. {@code /echo}
 * answers what it received, as an upstream of the gateway's REST edge; {@code /framework} answers with
 * HTML error pages, as an upstream's framework may.
 */
public final class ContentStandIn implements AutoCloseable {

    static final String CORRECT = "B";

    private final HttpServer server;

    public ContentStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/packs/", this::handle);
        server.createContext("/echo", this::echo);
        server.createContext("/framework", this::framework);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String packId = exchange.getRequestURI().getPath().substring("/packs/".length());
        if (!packId.startsWith("pack-")) {
            respond(exchange, 404, "{\"title\":\"no such pack\"}");
            return;
        }
        int size = Integer.parseInt(packId.substring("pack-".length()));
        String questions = IntStream.rangeClosed(1, size)
                .mapToObj(i -> "{\"questionId\":\"q" + i + "\",\"text\":\"Question " + i
                        + "?\",\"choices\":[\"A\",\"B\",\"C\"],\"correctAnswer\":\"" + CORRECT + "\"}")
                .collect(Collectors.joining(","));
        respond(exchange, 200, "{\"packId\":\"" + packId + "\",\"questions\":[" + questions + "]}");
    }

    /** Answers 201 with the method, path, query, content type, authorization and body it received (for the REST edge). */
    private void echo(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String echoed = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                + exchange.getRequestURI().getPath() + "\",\"query\":\""
                + exchange.getRequestURI().getQuery()
                + "\",\"contentType\":\"" + exchange.getRequestHeaders().getFirst("Content-Type")
                + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                + "\",\"body\":" + (body.isEmpty() ? "null" : body) + "}";
        // Absolute with the service's own address, as JAX-RS writes a Location; the edge must rewrite it.
        exchange.getResponseHeaders().set("Location", url() + "/echo/1?v=2");
        respond(exchange, 201, echoed);
    }

    /** Answers as a web framework's default error pages do: an HTML 404 for GET, an HTML 405 otherwise. */
    private void framework(HttpExchange exchange) throws IOException {
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

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
