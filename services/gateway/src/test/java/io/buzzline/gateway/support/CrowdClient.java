package io.buzzline.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real WebSocket client light enough to open a thousand of in one test: all of them share one JDK
 * {@link HttpClient} (one selector thread), and each only records the text frames it receives.
 */
public final class CrowdClient implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> frames = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private CrowdClient() {}

    public static CompletableFuture<CrowdClient> connect(HttpClient http, URI uri) {
        CrowdClient client = new CrowdClient();
        return http.newWebSocketBuilder().buildAsync(uri, client).thenApply(socket -> {
            client.socket = socket;
            return client;
        });
    }

    /**
     * Opens a connection and sends {@code first} on it as soon as it is open: a crowd that opened every
     * connection before sending any hello could outlast the gateway's hello timeout on a slow machine.
     */
    public static CompletableFuture<CrowdClient> connect(HttpClient http, URI uri, String first) {
        return connect(http, uri)
                .thenCompose(client -> client.socket.sendText(first, true).thenApply(sent -> client));
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Every text frame received so far, in order. */
    public synchronized List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    public synchronized boolean has(Predicate<JsonNode> test) {
        return frames.stream().anyMatch(test);
    }

    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode frame = JSON.readTree(partial.toString());
                synchronized (this) {
                    frames.add(frame);
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the gateway sent a frame that is not JSON", e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** Whether {@code frame} carries an event of canonical type {@code type} (an event or events frame). */
    public static boolean isEvent(JsonNode frame, String type) {
        return events(frame).stream().anyMatch(e -> type.equals(e.path("type").asText()));
    }

    /** The canonical events {@code frame} carries: one for an event frame, several for an events frame, else none. */
    public static List<JsonNode> events(JsonNode frame) {
        return switch (frame.path("type").asText()) {
            case "event" -> List.of(frame.path("event"));
            case "events" -> {
                List<JsonNode> events = new ArrayList<>();
                frame.path("events").forEach(events::add);
                yield events;
            }
            default -> List.of();
        };
    }

    /** The canonical types of the events {@code frame} carries, in order. */
    public static List<String> types(JsonNode frame) {
        return events(frame).stream().map(e -> e.path("type").asText()).toList();
    }

    /** The event of canonical type {@code type} that {@code frame} carries. */
    public static JsonNode event(JsonNode frame, String type) {
        return events(frame).stream()
                .filter(e -> type.equals(e.path("type").asText()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type + " in " + frame));
    }

    /** Frames of {@code frames} from the first matching {@code from} up to, not including, the next matching {@code to}. */
    public static List<JsonNode> between(List<JsonNode> frames, Predicate<JsonNode> from, Predicate<JsonNode> to) {
        List<JsonNode> out = new ArrayList<>();
        boolean in = false;
        for (JsonNode frame : frames) {
            if (!in && from.test(frame)) {
                in = true;
            } else if (in && to.test(frame)) {
                break;
            }
            if (in) {
                out.add(frame);
            }
        }
        return out;
    }
}
