package io.buzzline.content.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Test fixture: an OpenAI-compatible {@code POST /v1/chat/completions} on a free loopback port (the
 * JDK's HttpServer), standing in for an external LLM provider. Each test scripts the replies for a
 * category of its own (read from the prompt); every request is recorded.
 */
public final class LlmStub implements AutoCloseable {

    public static final String API_KEY = "test-key";
    public static final String MODEL = "test-model";
    private static final Pattern CATEGORY = Pattern.compile("category '([^']+)'");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted reply: status, body, and how long to wait before sending it. */
    public record Reply(int status, String body, long delayMillis) {}

    /** One request as received. */
    public record Received(Instant at, String path, String authorization, String body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();

    private LlmStub(HttpServer server) {
        this.server = server;
    }

    public static LlmStub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        LlmStub stub = new LlmStub(server);
        server.createContext("/v1/chat/completions", stub::handle);
        server.setExecutor(stub.executor);
        server.start();
        return stub;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Replies for prompts about {@code category}, in order; the last one repeats. */
    public void on(String category, Reply... replies) {
        scripts.put(category, List.of(replies));
    }

    public List<Received> requests(String category) {
        return List.copyOf(received.getOrDefault(category, List.of()));
    }

    /** A 200 chat completion whose message content is {@code {"questions": [...]}}. */
    public static Reply questions(List<Map<String, Object>> questions) {
        try {
            String content = JSON.writeValueAsString(Map.of("questions", questions));
            String body = JSON.writeValueAsString(Map.of(
                    "id", "chatcmpl-test",
                    "object", "chat.completion",
                    "choices",
                            List.of(Map.of(
                                    "index",
                                    0,
                                    "finish_reason",
                                    "stop",
                                    "message",
                                    Map.of("role", "assistant", "content", content)))));
            return new Reply(200, body, 0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> question(String text, List<String> choices, String answer, String language) {
        return Map.of("text", text, "choices", choices, "answer", answer, "language", language);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String prompt =
                JSON.readTree(body).path("messages").path(0).path("content").asText();
        Matcher m = CATEGORY.matcher(prompt);
        String category = m.find() ? m.group(1) : "";
        List<Received> log = received.computeIfAbsent(category, c -> new CopyOnWriteArrayList<>());
        log.add(new Received(
                Instant.now(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body));
        List<Reply> script = scripts.getOrDefault(category, List.of(new Reply(404, "{}", 0)));
        Reply reply = script.get(Math.min(log.size(), script.size()) - 1);
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client gave up (timeout); nothing to send it.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
