package io.buzzline.events.json;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.GameEvent;

/**
 * Encodes events as {@code {"type", "gameId", "sequence", "serverTime", "schemaVersion", "data"}}
 * and decodes them strictly. Thread-safe; one instance per application is enough.
 */
public final class EventCodec {

    private final ObjectMapper mapper = ModelJson.newMapper();

    public String encode(EventEnvelope envelope) {
        ObjectNode root = mapper.createObjectNode();
        root.put("type", envelope.type().name());
        root.put("gameId", envelope.gameId());
        root.put("sequence", envelope.sequence());
        root.put("serverTime", envelope.serverTime().toString());
        root.put("schemaVersion", envelope.schemaVersion());
        root.set("data", mapper.valueToTree(envelope.event()));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + envelope.eventId(), e);
        }
    }

    /**
     * Decodes one event.
     *
     * @throws ModelDecodingException naming the field when the JSON is not a valid event
     */
    public EventEnvelope decode(String json) {
        EventWire wire = read(json);
        EventType type = EventType.byName(wire.type()).orElseThrow(() -> unknownType(wire.type()));
        if (wire.schemaVersion() > EventEnvelope.CURRENT_SCHEMA_VERSION) {
            throw new ModelDecodingException("event.schemaVersion: " + wire.schemaVersion()
                    + " is newer than this reader supports (" + EventEnvelope.CURRENT_SCHEMA_VERSION + ")");
        }
        GameEvent event;
        try {
            event = mapper.treeToValue(LaterFields.complete(type.payloadType(), wire.data()), type.payloadType());
        } catch (JsonProcessingException e) {
            throw ModelJson.describe(type.name() + ".data", e);
        }
        try {
            return new EventEnvelope(wire.gameId(), wire.sequence(), wire.serverTime(), wire.schemaVersion(), event);
        } catch (IllegalArgumentException e) {
            throw new ModelDecodingException("event." + e.getMessage(), e);
        }
    }

    private static ModelDecodingException unknownType(String type) {
        return new ModelDecodingException(
                type == null ? "event.type: is required" : "event.type: unknown event type '" + type + "'");
    }

    private EventWire read(String json) {
        try {
            EventWire wire = mapper.readValue(json, EventWire.class);
            if (wire.data() == null || !wire.data().isObject()) {
                throw new ModelDecodingException("event.data: must be a JSON object");
            }
            return wire;
        } catch (JsonProcessingException e) {
            throw ModelJson.describe("event", e);
        }
    }

    private record EventWire(
            String type, String gameId, long sequence, Instant serverTime, int schemaVersion, JsonNode data) {}
}
