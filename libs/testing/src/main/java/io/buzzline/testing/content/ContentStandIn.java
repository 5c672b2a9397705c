package io.buzzline.testing.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real loopback HTTP server standing in for content's pack contract, for the modules that test without
 * content (which needs Firestore and is tested in its own module). Packs are derived from their id, so
 * nothing but the once-served ids is state:
 * <ul>
 *   <li>{@code GET /packs/{packId}}, match's side (services/match/README.md, "Contract assumed from
 *       content"): {@code pack-<n>} and {@code pack-<n>-<k>} hold n questions q1..qn with choices A, B, C
 *       and key {@value #CORRECT}; as content does, the keys go only to a caller with a bearer token;
 *       {@code once-*} is served once with 3 questions (as when the lobby checks a host's pack) and is
 *       gone (404) after that; {@code down-*} answers 503; any other id 404.
 *   <li>{@code POST /packs}, the lobby's side: 201 with a new pack {@code pack-<count>-<k>} of the
 *       requested count, or content's 422 not-enough-questions when the request names the category
 *       {@code empty}.
 * </ul>
 * {@link #context} adds paths of a test's own (the gateway's edge tests serve upstream pages from it).
 */
public final class ContentStandIn implements AutoCloseable {

    /** The key of every question served. */
    public static final String CORRECT = "B";

    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    private static final Pattern SIZED = Pattern.compile("pack-(\\d+)(?:-\\d+)?");

    private final HttpServer server;
    private final AtomicInteger created = new AtomicInteger();
    private final Set<String> servedOnce = ConcurrentHashMap.newKeySet();

    /** On a free port. */
    public ContentStandIn() {
        this(0);
    }

    public ContentStandIn(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the content stand-in", e);
        }
        server.createContext("/packs", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code path} (and everything under it) with {@code handler}. */
    public void context(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if ("POST".equals(exchange.getRequestMethod())) {
            create(exchange, body);
            return;
        }
        String packId = exchange.getRequestURI().getPath().replaceFirst("^/packs/?", "");
        Matcher sized = SIZED.matcher(packId);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean withKeys = authorization != null && authorization.startsWith("Bearer ");
        if (sized.matches()) {
            respond(exchange, 200, "application/json", pack(packId, Integer.parseInt(sized.group(1)), withKeys));
        } else if (packId.startsWith("once-") && servedOnce.add(packId)) {
            respond(exchange, 200, "application/json", pack(packId, 3, withKeys));
        } else if (packId.startsWith("down-")) {
            respond(exchange, 503, "application/problem+json", "{\"title\":\"Service Unavailable\",\"status\":503}");
        } else {
            respond(exchange, 404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");
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
        String packId = "pack-" + count.group(1) + "-" + created.incrementAndGet();
        respond(
                exchange,
                201,
                "application/json",
                "{\"packId\":\"" + packId + "\",\"language\":\"en\",\"questions\":[]}");
    }

    /** {@code size} questions q1..qn with choices A, B, C, and key {@link #CORRECT} when {@code withKeys}. */
    public static String pack(String packId, int size, boolean withKeys) {
        String questions = IntStream.rangeClosed(1, size)
                .mapToObj(i -> "{\"questionId\":\"q" + i + "\",\"text\":\"Question " + i
                        + "?\",\"choices\":[\"A\",\"B\",\"C\"]"
                        + (withKeys ? ",\"correctAnswer\":\"" + CORRECT + "\"" : "") + "}")
                .collect(Collectors.joining(","));
        return "{\"packId\":\"" + packId + "\",\"questions\":[" + questions + "]}";
    }

    /** Answers {@code exchange} with {@code status} and {@code body} of media type {@code type}. */
    public static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
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
