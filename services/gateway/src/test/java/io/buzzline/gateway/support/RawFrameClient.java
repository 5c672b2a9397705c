package io.buzzline.gateway.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

import static org.awaitility.Awaitility.await;

/**
 * A real WebSocket client (Vert.x's) that writes frames from raw bytes: the JDK's client only sends text
 * it encoded itself, so it cannot send a text frame that is not UTF-8, nor split a character between
 * fragments. Records the frames it receives and the close code.
 */
public final class RawFrameClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final WebSocketClient client;
    private final WebSocket socket;
    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Short> closed = new CompletableFuture<>();
    private volatile String extensions;

    private RawFrameClient(Vertx vertx, URI uri, boolean compressed) throws Exception {
        this.client =
                vertx.createWebSocketClient(new WebSocketClientOptions().setTryUsePerMessageCompression(compressed));
        CompletableFuture<WebSocket> connected = new CompletableFuture<>();
        // Vert.x keeps the handshake's headers only while the connect handlers run, and a handler added after
        // the connect completed runs later, with the headers gone. Connecting from an event-loop context of our
        // own makes the connect complete on that same thread, so it cannot complete before the handler is on.
        vertx.getOrCreateContext().runOnContext(ignored -> client.connect(uri.getPort(), uri.getHost(), uri.getPath())
                .onComplete(result -> {
                    if (result.failed()) {
                        connected.completeExceptionally(result.cause());
                        return;
                    }
                    WebSocket ws = result.result();
                    extensions = String.valueOf(ws.headers().get("sec-websocket-extensions"));
                    ws.textMessageHandler(this::received);
                    ws.closeHandler(closing -> closed.complete(ws.closeStatusCode()));
                    connected.complete(ws);
                }));
        this.socket = connected.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private void received(String text) {
        try {
            frames.add(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the server sent text that is not JSON: " + text, e);
        }
    }

    /** Connects to {@code uri} ({@code ws://host:port/ws}). */
    public static RawFrameClient connect(Vertx vertx, URI uri) {
        return connect(vertx, uri, false);
    }

    /** Connects, asking for permessage-deflate if {@code compressed}: frames then travel compressed. */
    public static RawFrameClient connect(Vertx vertx, URI uri, boolean compressed) {
        try {
            return new RawFrameClient(vertx, uri, compressed);
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect to " + uri, e);
        }
    }

    /** A text frame carrying exactly {@code bytes}, final or the first fragment of a message. */
    public void text(byte[] bytes, boolean last) {
        socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, bytes, last));
    }

    /** A continuation frame carrying exactly {@code bytes}. */
    public void continuation(byte[] bytes, boolean last) {
        socket.writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer(bytes), last));
    }

    /** The extensions the server agreed to, from its handshake response. */
    public String extensions() {
        return extensions;
    }

    public List<JsonNode> frames(String type) {
        return frames.stream().filter(f -> type.equals(f.path("type").asText())).toList();
    }

    public JsonNode awaitFrame(Predicate<JsonNode> test) {
        await().atMost(WAIT).until(() -> frames.stream().anyMatch(test));
        return frames.stream().filter(test).findFirst().orElseThrow();
    }

    /** Waits for the server to close the connection; its close code. */
    public short awaitClose() {
        await().atMost(WAIT).until(closed::isDone);
        return closed.join();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.close();
        }
        client.close();
    }
}
