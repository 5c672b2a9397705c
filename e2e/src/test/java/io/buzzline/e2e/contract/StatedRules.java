package io.buzzline.e2e.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rules a schema states beside JSON Schema, in its {@code x-buzzline-rules} extension (content's
 * {@code LanguageList}: {@code defaultLanguage} among {@code languages[].code}, each code once), kept by the
 * bodies the suite generates: a value an "among" rule refuses is replaced by the first one it admits, an item
 * whose "unique" member repeats an earlier one's is dropped (removing repeats leaves the values an "among"
 * rule reads as they were). {@link Findings} break them on purpose.
 */
final class StatedRules {

    static final String EXTENSION = "x-buzzline-rules";

    private StatedRules() {}

    /** {@code body} with every stated rule of {@code schema} (resolved) kept; {@code body} itself if none. */
    static JsonNode honour(JsonNode schema, JsonNode body) {
        if (!schema.has(EXTENSION) || !body.isObject()) {
            return body;
        }
        ObjectNode kept = ((ObjectNode) body).deepCopy();
        for (JsonNode rule : schema.path(EXTENSION)) {
            String field = rule.path("field").asText();
            if (rule.path("unique").asBoolean(false)) {
                unique(kept, field);
            } else if (rule.has("amongValuesOf")) {
                List<JsonNode> admitted =
                        values(kept, rule.path("amongValuesOf").asText());
                if (kept.has(field) && !admitted.isEmpty() && !admitted.contains(kept.get(field))) {
                    kept.set(field, admitted.getFirst());
                }
            }
        }
        return kept;
    }

    /** Drops the items of the list {@code path} ({@code list[].member}) whose member repeats an earlier one's. */
    private static void unique(ObjectNode body, String path) {
        int items = path.indexOf("[].");
        if (items < 0 || !body.path(path.substring(0, items)).isArray()) {
            return;
        }
        String member = path.substring(items + 3);
        ArrayNode kept = body.arrayNode();
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : body.get(path.substring(0, items))) {
            if (!item.has(member) || seen.add(item.get(member))) {
                kept.add(item);
            }
        }
        body.set(path.substring(0, items), kept);
    }

    /** The values at {@code path} in {@code body}: {@code list[].member} or a plain member name. */
    private static List<JsonNode> values(JsonNode body, String path) {
        List<JsonNode> values = new ArrayList<>();
        int items = path.indexOf("[].");
        if (items < 0) {
            if (body.has(path)) {
                values.add(body.get(path));
            }
            return values;
        }
        String member = path.substring(items + 3);
        for (JsonNode item : body.path(path.substring(0, items))) {
            if (item.has(member)) {
                values.add(item.get(member));
            }
        }
        return values;
    }
}
