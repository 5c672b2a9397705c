package io.buzzline.match.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for content's {@code GET /packs/{packId}} as match's README specifies
 * it. Packs are derived from their id, so no state is shared: {@code pack-<n>} has n questions q1..qn
 * with choices A, B, C and key B; {@code down-*} answers 503; anything else 404. As content does, it
 * sends the keys only to a caller with a bearer token (content checks the token itself; this stand-in
 * checks that match sends one).
 */
public final class ContentServer implements AutoCloseable {

    private final HttpServer server;

    public ContentServer() throws IOException {
        this(0);
    }

    public ContentServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/packs/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String packId = exchange.getRequestURI().getPath().substring("/packs/".length());
        if (packId.startsWith("pack-")) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            boolean withKeys = authorization != null && authorization.startsWith("Bearer ey");
            respond(exchange, 200, pack(packId, Integer.parseInt(packId.substring("pack-".length())), withKeys));
        } else if (packId.startsWith("down-")) {
            respond(exchange, 503, "{\"title\":\"unavailable\"}");
        } else {
            respond(exchange, 404, "{\"title\":\"no such pack\"}");
        }
    }

    static String pack(String packId, int size, boolean withKeys) {
        String questions = IntStream.rangeClosed(1, size)
                .mapToObj(i -> "{\"questionId\":\"q" + i + "\",\"text\":\"Question " + i
                        + "?\",\"choices\":[\"A\",\"B\",\"C\"]" + (withKeys ? ",\"correctAnswer\":\"B\"" : "")
                        + "}")
                .collect(Collectors.joining(","));
        return "{\"packId\":\"" + packId + "\",\"questions\":[" + questions + "]}";
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
