package io.buzzline.e2e.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import io.buzzline.testing.contract.OpenApiDocument;

/**
 * Values a served schema admits, as jqwik arbitraries: every required property and about half the optional
 * ones (a {@code dependentRequired} property only with what it requires), numbers within their bounds (jqwik's
 * edge cases put the bounds themselves in), strings of their pattern, length and format, arrays of their
 * sizes, each alternative of a type list or {@code anyOf}.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEPTH = 6;

    private final OpenApiDocument document;

    SchemaValues(OpenApiDocument document) {
        this.document = document;
    }

    Arbitrary<JsonNode> valid(JsonNode declared) {
        return valid(declared, 0);
    }

    private Arbitrary<JsonNode> valid(JsonNode declared, int depth) {
        JsonNode schema = document.resolve(declared);
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.path("enum").forEach(values::add);
            return Arbitraries.of(values);
        }
        JsonNode alternatives = schema.has("anyOf") ? schema.path("anyOf") : schema.path("oneOf");
        if (!alternatives.isEmpty()) {
            List<Arbitrary<JsonNode>> each = new ArrayList<>();
            alternatives.forEach(alternative -> each.add(valid(alternative, depth + 1)));
            return Arbitraries.oneOf(each);
        }
        List<String> types = types(schema);
        if (types.size() == 1) {
            return ofType(schema, types.getFirst(), depth);
        }
        // A nullable value is null now and then, not as often as it is a value.
        List<Tuple2<Integer, Arbitrary<JsonNode>>> weighted = new ArrayList<>();
        for (String type : types) {
            weighted.add(Tuple.of(type.equals("null") ? 1 : 4, ofType(schema, type, depth)));
        }
        return Weighted.of(weighted);
    }

    private Arbitrary<JsonNode> ofType(JsonNode schema, String type, int depth) {
        return switch (type) {
            case "null" -> Arbitraries.just(NODES.nullNode());
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            case "integer" -> integers(schema);
            case "number" ->
                Arbitraries.doubles()
                        .between(
                                schema.path("minimum").asDouble(-1e6),
                                schema.path("maximum").asDouble(1e6))
                        .ofScale(3)
                        .map(NODES::numberNode);
            case "string" -> strings(schema).map(NODES::textNode);
            case "array" -> array(schema, depth);
            case "object" -> depth > DEPTH ? Arbitraries.just(NODES.objectNode()) : object(schema, depth);
            default -> throw new IllegalArgumentException("no values for type " + type + " of " + schema);
        };
    }

    private static Arbitrary<JsonNode> integers(JsonNode schema) {
        boolean int32 = schema.path("format").asText().equals("int32");
        long min = schema.path("minimum").asLong(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
        long max = schema.path("maximum").asLong(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
        return Arbitraries.longs().between(min, max).map(NODES::numberNode);
    }

    static Arbitrary<String> strings(JsonNode schema) {
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Math.max(min, 24));
        return switch (schema.path("format").asText("")) {
            case "date" ->
                Arbitraries.longs()
                        .between(
                                LocalDate.of(2000, 1, 1).toEpochDay(),
                                LocalDate.of(2099, 12, 31).toEpochDay())
                        .map(day -> LocalDate.ofEpochDay(day).toString());
            case "date-time" ->
                Arbitraries.longs().between(0, 4_102_444_800L).map(second -> Instant.ofEpochSecond(second)
                        .toString());
            default ->
                schema.has("pattern")
                        ? Patterns.matching(schema.path("pattern").asText(), min, Math.min(max, 200))
                        : Arbitraries.strings()
                                .withChars(Patterns.TEXT)
                                .ofMinLength(min)
                                .ofMaxLength(Math.min(max, 60));
        };
    }

    private Arbitrary<JsonNode> array(JsonNode schema, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(min + 4), min + 4);
        return valid(schema.path("items"), depth + 1)
                .list()
                .ofMinSize(min)
                .ofMaxSize(max)
                .map(items -> {
                    var array = NODES.arrayNode();
                    items.forEach(array::add);
                    return array;
                });
    }

    private Arbitrary<JsonNode> object(JsonNode schema, int depth) {
        List<Arbitrary<Optional<Map.Entry<String, JsonNode>>>> members = new ArrayList<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").properties().forEach(property -> {
            String name = property.getKey();
            Arbitrary<Optional<Map.Entry<String, JsonNode>>> present =
                    valid(property.getValue(), depth + 1).map(value -> Optional.of(Map.entry(name, value)));
            members.add(
                    required.contains(name) ? present : Arbitraries.oneOf(present, Arbitraries.just(Optional.empty())));
        });
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && schema.path("properties").isEmpty()) {
            // A map (display names by language): a few entries, keys of its propertyNames (two-letter keys if
            // it has none), at least minProperties of them.
            Arbitrary<String> keys = schema.has("propertyNames")
                    ? valid(schema.path("propertyNames"), depth + 1).map(JsonNode::asText)
                    : Patterns.matching("[a-z]{2}", 2, 2);
            Arbitrary<Optional<Map.Entry<String, JsonNode>>> entry = Combinators.combine(
                            keys, valid(additional, depth + 1))
                    .as((key, value) -> Optional.of(Map.entry(key, value)));
            int least = schema.path("minProperties").asInt(0);
            for (int i = 0; i < Math.max(3, least); i++) {
                members.add(i < least ? entry : Arbitraries.oneOf(entry, Arbitraries.just(Optional.empty())));
            }
        }
        if (members.isEmpty()) {
            return Arbitraries.just(NODES.objectNode());
        }
        JsonNode dependent = schema.path("dependentRequired");
        return Combinators.combine(members).as(entries -> {
            ObjectNode object = NODES.objectNode();
            entries.forEach(entry -> entry.ifPresent(e -> object.set(e.getKey(), e.getValue())));
            // A property that requires others (dependentRequired) is left out when they are: a pair goes
            // together or not at all.
            for (boolean removed = true; removed; ) {
                removed = false;
                for (var rule : dependent.properties()) {
                    boolean incomplete = false;
                    for (JsonNode needed : rule.getValue()) {
                        incomplete |= !object.has(needed.asText());
                    }
                    if (object.has(rule.getKey()) && incomplete) {
                        object.remove(rule.getKey());
                        removed = true;
                    }
                }
            }
            return (JsonNode) object;
        });
    }

    /** The types a schema allows: its {@code type} (one or a list), else object or string by its shape. */
    static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            return types;
        }
        if (type.isTextual()) {
            return List.of(type.asText());
        }
        return List.of(schema.has("properties") || schema.has("additionalProperties") ? "object" : "string");
    }
}
