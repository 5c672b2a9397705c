package io.buzzline.bots.protocol;

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
     * The protocol version this client speaks: 2, where a player receives its own events and the crowd as
     * aggregates ({@code tick}, {@code standings}); the gateway refuses 1.
     */
    public static final int PROTOCOL_VERSION = 2;

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
        EventEnvelope envelope;
        try {
            envelope = events.decode(node.path("event").toString());
        } catch (ModelDecodingException e) {
            throw new IllegalArgumentException("event frame with an invalid event: " + e.getMessage(), e);
        }
        long sequence = node.path("sequence").asLong();
        if (envelope.sequence() != sequence) {
            throw new IllegalArgumentException(
                    "event frame sequence " + sequence + " differs from its event's " + envelope.sequence());
        }
        return new ServerFrame.Event(sequence, envelope);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
