package io.buzzline.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.awaitility.Awaitility.await;

/**
 * A raw gateway WebSocket client (protocol v3) that keeps every text frame exactly as received, each with
 * the log sequence it was sent as of: an event's own sequence, an {@code events} frame's (its last
 * event's), a welcome's view sequence, and for an aggregate, an ack or an error the last sequence the
 * connection had before it. {@link #frames()} is one entry per WebSocket frame, so an {@code events}
 * frame counts once; {@link #events()} takes it apart, so whoever looks for events finds each of its
 * elements as if it had come in an {@code event} frame. Unlike a bot it decides nothing.
 */
public final class FrameRecorder implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The gateway protocol version said in the hello. */
    public static final int PROTOCOL_VERSION = 3;

    /** One received frame: its text and the log sequence it reflects. */
    public record Frame(String text, JsonNode json, long asOf) {}

    private final String name;
    private final List<Frame> frames = new ArrayList<>();
    private final WebSocket socket;
    private long asOf;
    private int sent;

    private FrameRecorder(String name, HttpClient http, URI gateway, String hello) {
        this.name = name;
        URI ws = URI.create(gateway.toString().replaceAll("/+$", "").replaceFirst("^http", "ws") + "/ws");
        this.socket = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(ws, new Listener())
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
        socket.sendText(hello, true).join();
    }

    /** Connects to {@code gateway} and says hello with {@code token}, resuming after {@code lastSequence}. */
    public static FrameRecorder connect(String name, HttpClient http, URI gateway, String token, long lastSequence) {
        ObjectNode hello = JSON.createObjectNode()
                .put("type", "hello")
                .put("v", PROTOCOL_VERSION)
                .put("token", token);
        hello.put("lastSequence", lastSequence);
        return new FrameRecorder(name, http, gateway, hello.toString());
    }

    public String name() {
        return name;
    }

    /** Sends a client frame of {@code type} with {@code fields} and returns its id. */
    public synchronized String send(String type, String... fields) {
        String id = name + "-" + (++sent);
        ObjectNode frame = JSON.createObjectNode().put("type", type).put("id", id);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            frame.put(fields[i], fields[i + 1]);
        }
        socket.sendText(frame.toString(), true).join();
        return id;
    }

    /**
     * Waits (bounded) for the ack or error answering the frame {@code id}: a host command or a CLASSIC
     * answer (protocol v3 answers a buzz and a BUZZER answer with the player's own event, or an error).
     */
    public JsonNode awaitReply(String id, Duration timeout) {
        return await(name + " awaits the reply to " + id)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> frames().stream()
                                .map(Frame::json)
                                .filter(f -> f.path("id").asText().equals(id))
                                .filter(f -> f.path("type").asText().equals("ack")
                                        || f.path("type").asText().equals("error"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    public synchronized List<Frame> frames() {
        return List.copyOf(frames);
    }

    /**
     * The event envelopes received ({@code type}, {@code sequence}, {@code data}), in order: an
     * {@code event} frame's {@code event} and each element of an {@code events} frame.
     */
    public synchronized List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>();
        for (Frame frame : frames) {
            switch (frame.json().path("type").asText()) {
                case "event" -> events.add(frame.json().path("event"));
                case "events" -> frame.json().path("events").forEach(events::add);
                default -> {}
            }
        }
        return events;
    }

    /** Waits (bounded) for an event matching {@code wanted} and returns it. */
    public JsonNode awaitEvent(Predicate<JsonNode> wanted, Duration timeout) {
        return await(name + " awaits an event")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> events().stream().filter(wanted).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    /** Waits (bounded) for a frame of {@code type}. */
    public JsonNode awaitFrame(String type, Duration timeout) {
        return await(name + " awaits a " + type)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> frames().stream()
                                .map(Frame::json)
                                .filter(f -> f.path("type").asText().equals(type))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private synchronized void received(String text) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            json = JSON.createObjectNode().put("type", "undecodable");
        }
        switch (json.path("type").asText()) {
            // An events frame's sequence is its last event's: the frame tells everything up to it.
            case "event", "events" -> asOf = json.path("sequence").asLong();
            case "welcome" -> asOf = json.path("view").path("sequence").asLong(asOf);
            default -> {}
        }
        frames.add(new Frame(text, json, asOf));
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(failure -> null);
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
