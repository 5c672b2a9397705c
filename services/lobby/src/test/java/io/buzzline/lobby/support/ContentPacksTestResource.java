package io.buzzline.lobby.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for content's {@code POST /packs} on a real loopback HTTP server (content itself needs
 * Firestore and is tested in its own module): it answers 201 with a new pack id, or 422 like content
 * does when the request asks for the category {@code empty}.
 */
public class ContentPacksTestResource implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final AtomicInteger packs = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the content stand-in", e);
        }
        server.createContext("/packs", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            boolean satisfiable = !body.contains("\"empty\"");
            String reply = satisfiable
                    ? "{\"packId\":\"pack-" + packs.incrementAndGet() + "\",\"language\":\"en\",\"questions\":[]}"
                    : "{\"type\":\"about:blank\",\"title\":\"Unprocessable Entity\",\"status\":422}";
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add("Content-Type", satisfiable ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(satisfiable ? 201 : 422, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return Map.of(
                "quarkus.rest-client.content.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
