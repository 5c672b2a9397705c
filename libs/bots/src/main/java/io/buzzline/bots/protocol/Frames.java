package io.buzzline.bots.protocol;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.json.ModelDecodingException;

/** Encodes client frames and decodes server frames. Thread-safe. */
public final class Frames {

    /**
     * The protocol version this client speaks: 3. As in 2, a player receives its own events and the crowd
     * as aggregates ({@code tick}, {@code standings}); 3 adds the {@code events} frame (one append's events
     * together) and answers a buzz, or a BUZZER round's answer, with its own event instead of an ack.
     */
    public static final int PROTOCOL_VERSION = 3;

    private final ObjectMapper json = new ObjectMapper();
    private final EventCodec events = new EventCodec();

    /** The JSON text of {@code frame}, carrying {@code id} (echoed by the ack or error that answers it). */
    public String encode(ClientFrame frame, String id) {
        ObjectNode node = json.createObjectNode().put("type", frame.type());
        if (id != null) {
            node.put("id", id);
        }
        switch (frame) {
            case ClientFrame.Hello hello ->
                node.put("v", PROTOCOL_VERSION).put("token", hello.token()).put("lastSequence", hello.lastSequence());
            case ClientFrame.Buzz buzz -> node.put("questionId", buzz.questionId());
            case ClientFrame.Answer answer ->
                node.put("questionId", answer.questionId()).put("answer", answer.answer());
            case ClientFrame.Ping ping -> node.put("clientTime", ping.clientTime());
            case ClientFrame.Start start -> {}
            case ClientFrame.Next next -> {}
            case ClientFrame.Skip skip -> {}
            case ClientFrame.End end -> {}
        }
        return node.toString();
    }

    /**
     * Decodes one server frame.
     *
     * @throws IllegalArgumentException when the text is not a JSON object with a {@code type}, or an
     *     event frame does not hold a valid canonical event
     */
    public ServerFrame decode(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject() || !node.path("type").isTextual()) {
            throw new IllegalArgumentException("not a frame (a JSON object with a type): " + text);
        }
        String type = node.path("type").asText();
        return switch (type) {
            case "welcome" ->
                new ServerFrame.Welcome(
                        node.path("role").asText(),
                        node.path("subject").asText(),
                        node.path("deliveredFrom").asLong(),
                        node.path("view"));
            case "event" -> event(node);
            case "events" -> events(node);
            case "ack" -> new ServerFrame.Ack(textOrNull(node, "id"), textOrNull(node, "commandId"));
            case "error" ->
                new ServerFrame.Error(
                        textOrNull(node, "id"),
                        node.path("code").asText(),
                        node.path("message").asText());
            case "tick" ->
                new ServerFrame.Tick(
                        node.path("playerCount").asInt(),
                        node.path("answeredCount").asInt());
            case "standings" ->
                new ServerFrame.Standings(node.path("sequence").asLong(), node.path("top"), node.get("me"));
            case "pong" ->
                new ServerFrame.Pong(
                        textOrNull(node, "id"), node.path("serverTime").asLong());
            default -> new ServerFrame.Other(type, text);
        };
    }

    private ServerFrame.Event event(JsonNode node) {
        if (!node.path("sequence").canConvertToLong() || !node.path("event").isObject()) {
            throw new IllegalArgumentException("event frame without sequence or event: " + node);
        }
        EventEnvelope envelope = envelope(node.path("event"), "event frame");
        long sequence = node.path("sequence").asLong();
        if (envelope.sequence() != sequence) {
            throw new IllegalArgumentException(
                    "event frame sequence " + sequence + " differs from its event's " + envelope.sequence());
        }
        return new ServerFrame.Event(sequence, envelope);
    }

    /**
     * An {@code events} frame: each element is decoded as an event frame's {@code event} is. The elements
     * must rise in sequence (gaps allowed: events the role may not see) and the frame's {@code sequence} be
     * the last one's, since a client resumes after it; anything else is a broken frame, not a reordering
     * to repair. One element is accepted though the gateway sends an {@code event} frame for it: it means
     * the same thing.
     */
    private ServerFrame.Events events(JsonNode node) {
        if (!node.path("sequence").canConvertToLong()
                || !node.path("events").isArray()
                || node.path("events").isEmpty()) {
            throw new IllegalArgumentException("events frame without sequence or events: " + node);
        }
        List<ServerFrame.Event> decoded = new ArrayList<>();
        long previous = 0;
        for (JsonNode element : node.path("events")) {
            if (!element.isObject()) {
                throw new IllegalArgumentException("events frame with an element that is no event: " + element);
            }
            EventEnvelope envelope = envelope(element, "events frame");
            if (envelope.sequence() <= previous) {
                throw new IllegalArgumentException(
                        "events frame out of sequence order: " + envelope.sequence() + " after " + previous);
            }
            previous = envelope.sequence();
            decoded.add(new ServerFrame.Event(envelope.sequence(), envelope));
        }
        long sequence = node.path("sequence").asLong();
        if (previous != sequence) {
            throw new IllegalArgumentException(
                    "events frame sequence " + sequence + " differs from its last event's " + previous);
        }
        return new ServerFrame.Events(sequence, decoded);
    }

    private EventEnvelope envelope(JsonNode event, String frame) {
        try {
            return events.decode(event.toString());
        } catch (ModelDecodingException e) {
            throw new IllegalArgumentException(frame + " with an invalid event: " + e.getMessage(), e);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
