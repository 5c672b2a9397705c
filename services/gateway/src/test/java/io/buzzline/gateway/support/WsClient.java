package io.buzzline.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.buzzline.gateway.protocol.Protocol;

import static org.awaitility.Awaitility.await;

/** A real WebSocket client (the JDK's) that records every frame it receives, and how it was closed. */
public final class WsClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final List<JsonNode> wire = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;
    private final BiConsumer<WsClient, Integer> onClose;
    private final WebSocket socket;
    private volatile java.util.function.LongConsumer pingListener = payload -> {};

    private WsClient(URI uri, BiConsumer<WsClient, Integer> onClose) {
        this.onClose = onClose;
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(uri, new Listener())
                .join();
    }

    public static WsClient connect(URI uri) {
        return new WsClient(uri, (client, code) -> {});
    }

    /** Connects and calls {@code onClose} once with the close code (-1 when the connection broke). */
    public static WsClient connect(URI uri, BiConsumer<WsClient, Integer> onClose) {
        return new WsClient(uri, onClose);
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends {@code bytes} as one binary frame. */
    public void sendBinary(byte[] bytes) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join();
    }

    /** Sends unless the connection is already closed; false once it is. */
    public boolean trySendRaw(String text) {
        try {
            socket.sendText(text, true).join();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Sends a WebSocket pong frame with {@code payload}, whether or not a ping asked for it. */
    public void sendPong(long payload) {
        // The automatic pong to a ping may be in flight: one ping or pong at a time, so try again.
        for (int attempt = 0; ; attempt++) {
            try {
                socket.sendPong(ByteBuffer.allocate(Long.BYTES).putLong(0, payload))
                        .join();
                return;
            } catch (IllegalStateException | java.util.concurrent.CompletionException e) {
                if (attempt == 50) {
                    throw e;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
        }
    }

    /** Runs {@code action} with each server ping's payload (the automatic pong still goes out). */
    public void onPing(java.util.function.LongConsumer action) {
        pingListener = action;
    }

    public void send(ObjectNode frame) {
        sendRaw(frame.toString());
    }

    public static ObjectNode frame(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    public static ObjectNode hello(String token, Long lastSequence) {
        return hello(token, lastSequence, Protocol.VERSION);
    }

    /** A hello in protocol version {@code version}. */
    public static ObjectNode hello(String token, Long lastSequence, int version) {
        ObjectNode hello = frame("hello").put("v", version).put("token", token);
        if (lastSequence != null) {
            hello.put("lastSequence", lastSequence);
        }
        return hello;
    }

    /**
     * Every frame received, in order, with each protocol v3 {@code events} frame taken apart into the
     * {@code event} frames of its events: what a test looks for is the events, however they were framed.
     */
    public List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    /** Every frame as it came over the wire ({@code events} frames whole). */
    public List<JsonNode> wire() {
        return List.copyOf(wire);
    }

    private void received(JsonNode frame) {
        wire.add(frame);
        if ("events".equals(frame.path("type").asText())) {
            for (JsonNode event : frame.path("events")) {
                ObjectNode single =
                        frame("event").put("sequence", event.path("sequence").asLong());
                single.set("event", event);
                frames.add(single);
            }
        } else {
            frames.add(frame);
        }
    }

    public List<JsonNode> frames(String type) {
        return frames.stream().filter(f -> type.equals(f.path("type").asText())).toList();
    }

    /** Waits for the first frame as sent over the wire ({@code events} frames whole) matching {@code test}. */
    public JsonNode awaitWire(Predicate<JsonNode> test) {
        return await().atMost(WAIT)
                .until(() -> wire.stream().filter(test).findFirst(), found -> found.isPresent())
                .orElseThrow();
    }

    /** Waits for the first frame matching {@code test}. */
    public JsonNode awaitFrame(Predicate<JsonNode> test) {
        return await().atMost(WAIT)
                .until(() -> frames.stream().filter(test).findFirst(), found -> found.isPresent())
                .orElseThrow();
    }

    public JsonNode awaitType(String type) {
        return awaitFrame(f -> type.equals(f.path("type").asText()));
    }

    /** Waits for the first error frame answering client message {@code id}. */
    public JsonNode awaitError(String id) {
        return awaitFrame(f -> "error".equals(f.path("type").asText())
                && id.equals(f.path("id").asText()));
    }

    /** Waits for an event frame of canonical type {@code eventType}, the {@code nth} (1-based). */
    public JsonNode awaitEvent(String eventType, int nth) {
        return await().atMost(WAIT)
                .until(() -> events(eventType), found -> found.size() >= nth)
                .get(nth - 1);
    }

    public List<JsonNode> events(String eventType) {
        return frames("event").stream()
                .filter(f -> eventType.equals(f.path("event").path("type").asText()))
                .toList();
    }

    /** The sequence numbers of every event frame received, in arrival order. */
    public List<Long> sequences() {
        return frames("event").stream().map(f -> f.path("sequence").asLong()).toList();
    }

    /** The last event's sequence, else the welcome's {@code deliveredFrom}; null before the welcome. */
    public Long resumeFrom() {
        List<Long> seen = sequences();
        if (!seen.isEmpty()) {
            return seen.getLast();
        }
        List<JsonNode> welcome = frames("welcome");
        return welcome.isEmpty()
                ? null
                : welcome.getFirst().path("deliveredFrom").asLong();
    }

    /** The player count of the latest tick (or of the welcome's), -1 before any. */
    public int playerCount() {
        List<JsonNode> ticks = frames("tick");
        if (!ticks.isEmpty()) {
            return ticks.getLast().path("playerCount").asInt();
        }
        List<JsonNode> welcome = frames("welcome");
        return welcome.isEmpty()
                ? -1
                : welcome.getFirst().path("tick").path("playerCount").asInt(-1);
    }

    public long lastSequence() {
        List<Long> seen = sequences();
        return seen.isEmpty()
                ? frames("welcome").getFirst().path("deliveredFrom").asLong()
                : seen.getLast();
    }

    public int awaitClose() {
        return await().atMost(WAIT).until(() -> closed.getNow(null), code -> code != null);
    }

    /** The close code (-1 when the connection broke), null while it is open. */
    public Integer closeCode() {
        return closed.getNow(null);
    }

    public String closeReason() {
        return closeReason;
    }

    /** Drops the TCP connection without a close handshake, as a network cut or the platform would. */
    public void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received(JSON.readTree(partial.toString()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the server sent invalid JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            if (message.remaining() == Long.BYTES) {
                pingListener.accept(message.getLong(message.position()));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            if (closed.complete(statusCode)) {
                onClose.accept(WsClient.this, statusCode);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (closed.complete(-1)) {
                onClose.accept(WsClient.this, -1);
            }
        }
    }
}
