package io.buzzline.gateway.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Encodes server frames as JSON text with their {@code type}; null fields are left out. Thread-safe. */
public final class ServerFrameEncoder {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public String encode(ServerFrame frame) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", typeOf(frame));
        ObjectNode fields = mapper.valueToTree(frame);
        // The wire calls the protocol version `v`, as the hello does.
        if (fields.has("version")) {
            node.set("v", fields.remove("version"));
        }
        node.setAll(fields);
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a " + typeOf(frame) + " frame", e);
        }
    }

    /**
     * The event frame for an already encoded canonical event, built by concatenation so one event's frame
     * is made once and shared by every connection that may see it; equal to encoding an {@link
     * ServerFrame.Event}.
     */
    public static String eventFrame(long sequence, String eventJson) {
        return "{\"type\":\"event\",\"sequence\":" + sequence + ",\"event\":" + eventJson + "}";
    }

    /** The wire {@code type} of each server frame. */
    public static String typeOf(ServerFrame frame) {
        return switch (frame) {
            case ServerFrame.Welcome welcome -> "welcome";
            case ServerFrame.Event event -> "event";
            case ServerFrame.Tick tick -> "tick";
            case ServerFrame.Standings standings -> "standings";
            case ServerFrame.Page page -> "page";
            case ServerFrame.Ack ack -> "ack";
            case ServerFrame.Pong pong -> "pong";
            case ServerFrame.Error error -> "error";
            case ServerFrame.Reconnect reconnect -> "reconnect";
        };
    }
}
