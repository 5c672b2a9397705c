package io.buzzline.events.json;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.buzzline.commands.PressBuzz;
import io.buzzline.events.BuzzPressed;

/**
 * Fields added to a payload within schema version 1 after builds that leave them out were released. A
 * payload from such an older writer gets the value that means what it meant (a buzz without a delivery
 * stamp), so that while a rollout runs old and new revisions side by side, a new reader does not refuse
 * what an old gateway or match wrote, nor a log written before the upgrade. Only a field missing
 * altogether is filled in; every other rule stays strict.
 */
final class LaterFields {

    private static final Map<Class<?>, Map<String, JsonNode>> DEFAULTS = Map.of(
            PressBuzz.class, Map.of("shownAt", NullNode.getInstance()),
            BuzzPressed.class, Map.of("deliveryLagMillis", LongNode.valueOf(0)));

    private LaterFields() {}

    /** {@code data}, with the later fields of {@code payloadType} it lacks set to their defaults. */
    static JsonNode complete(Class<?> payloadType, JsonNode data) {
        Map<String, JsonNode> defaults = DEFAULTS.get(payloadType);
        if (defaults != null && data instanceof ObjectNode object) {
            defaults.forEach((field, value) -> {
                if (!object.has(field)) {
                    object.set(field, value);
                }
            });
        }
        return data;
    }
}
