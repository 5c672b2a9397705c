package io.buzzline.lobby.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real loopback HTTP server standing in for content (which needs Firestore and is tested in its own
 * module), on both sides of its pack contract: the lobby's {@code POST /packs} answers 201 with a new
 * pack id of the requested size, or 422 like content when the request asks for the category
 * {@code empty}; match's {@code GET /packs/{id}} (services/match/README.md, "Contract assumed from
 * content") serves the packs made that way; a pack id starting {@code once-} is served once (3
 * questions), as when the lobby checks a host's pack, and is gone (404) for match after that; 404 for
 * any other id.
 */
public final class ContentStandIn implements AutoCloseable {

    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    private final HttpServer server;
    private final AtomicInteger packs = new AtomicInteger();
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();
    private final Set<String> servedOnce = ConcurrentHashMap.newKeySet();

    public ContentStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the content stand-in", e);
        }
        server.createContext("/packs", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if ("POST".equals(exchange.getRequestMethod())) {
            create(exchange, body);
        } else {
            String packId = exchange.getRequestURI().getPath().replaceFirst("^/packs/?", "");
            Integer size =
                    packId.startsWith("once-") && servedOnce.add(packId) ? Integer.valueOf(3) : sizes.get(packId);
            if (size == null) {
                respond(exchange, 404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");
            } else {
                respond(exchange, 200, "application/json", pack(packId, size));
            }
        }
    }

    private void create(HttpExchange exchange, String body) throws IOException {
        Matcher count = COUNT.matcher(body);
        if (body.contains("\"empty\"") || !count.find()) {
            respond(
                    exchange,
                    422,
                    "application/problem+json",
                    "{\"type\":\"https://buzzline.dev/problems/not-enough-questions\",\"title\":"
                            + "\"Unprocessable Content\",\"status\":422,\"detail\":\"the bank holds 0 active"
                            + " questions matching the request\",\"instance\":\"/packs\",\"requested\":1,"
                            + "\"matching\":0}");
            return;
        }
        String packId = "pack-" + packs.incrementAndGet();
        sizes.put(packId, Integer.parseInt(count.group(1)));
        respond(
                exchange,
                201,
                "application/json",
                "{\"packId\":\"" + packId + "\",\"language\":\"en\",\"questions\":[]}");
    }

    /** n questions q1..qn with choices A, B, C and key B. */
    private static String pack(String packId, int size) {
        String questions = IntStream.rangeClosed(1, size)
                .mapToObj(i -> "{\"questionId\":\"q" + i + "\",\"text\":\"Question " + i
                        + "?\",\"choices\":[\"A\",\"B\",\"C\"],\"correctAnswer\":\"B\"}")
                .collect(Collectors.joining(","));
        return "{\"packId\":\"" + packId + "\",\"questions\":[" + questions + "]}";
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
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
