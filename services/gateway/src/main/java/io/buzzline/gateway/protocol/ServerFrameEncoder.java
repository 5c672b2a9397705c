package io.buzzline.gateway.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.buzzline.gateway.resume.LoggedEvent;

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

    /**
     * The frame of a protocol v3 connection for the events of one append it may see, built like {@link
     * #eventFrame}: an {@code event} frame for one, an {@code events} frame for more (equal to encoding an
     * {@link ServerFrame.Events}).
     */
    public static String appendFrame(List<LoggedEvent> events) {
        if (events.size() == 1) {
            return events.getFirst().frame();
        }
        StringBuilder frame = new StringBuilder(
                64 + events.stream().mapToInt(e -> e.json().length() + 1).sum());
        frame.append("{\"type\":\"events\",\"sequence\":")
                .append(events.getLast().sequence())
                .append(",\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                frame.append(',');
            }
            frame.append(events.get(i).json());
        }
        return frame.append("]}").toString();
    }

    /** The wire {@code type} of each server frame. */
    public static String typeOf(ServerFrame frame) {
        return switch (frame) {
            case ServerFrame.Welcome welcome -> "welcome";
            case ServerFrame.Event event -> "event";
            case ServerFrame.Events events -> "events";
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
