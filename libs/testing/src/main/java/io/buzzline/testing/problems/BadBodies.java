package io.buzzline.testing.problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every way issue 18 lists to get a JSON body wrong, for any operation whose body is an object schema of a
 * served document: {@link SchemaMutations}' mutations of its fields (nested into whichever object
 * properties the valid body has), a body that is not JSON or is another JSON value than an object, a value
 * just outside its documented range or enum, and a Content-Type the operation does not read. e2e's
 * DocumentedContractIT sends them to every such operation of every service.
 */
public final class BadBodies {

    /** Bodies sent as application/json that are no JSON at all, or break off. */
    private static final List<String> NOT_JSON =
            List.of("nickname=Ada", "<game/>", "{", "{\"a\":}", "'text'", "NaN", "", "\u00ff\u00fe", "{\"a\" 1}");
    /** A whole body of another JSON type than the object the schema describes. */
    private static final List<String> OTHER_VALUES = List.of("[]", "[{}]", "\"x\"", "42", "true", "null");
    /** Content-Types no JSON operation reads; null: no Content-Type at all. */
    private static final List<String> OTHER_MEDIA =
            Arrays.asList("text/plain", "application/xml", "application/x-www-form-urlencoded", null);

    private final ObjectMapper json = new ObjectMapper();
    private final SchemaMutations mutations;

    public BadBodies(SchemaMutations mutations) {
        this.mutations = mutations;
    }

    /**
     * A bad body as it is sent: its text, its Content-Type (null: none), what was done to it and the status
     * it must get (400, or 415 for a Content-Type the operation does not read).
     */
    public record BadBody(String text, String contentType, String description, int status) {}

    /**
     * One bad body made from {@code valid}, an instance of {@code schemaName}: half the time one of
     * {@link SchemaMutations#mutate}'s; else not JSON, another JSON value, a value out of its range or
     * enum, or the valid body with another Content-Type.
     */
    public BadBody badBody(ObjectNode valid, String schemaName, Random random) {
        switch (random.nextInt(10)) {
            case 0 -> {
                String text = NOT_JSON.get(random.nextInt(NOT_JSON.size()));
                return new BadBody(text, "application/json", "not JSON: '" + text + "'", 400);
            }
            case 1 -> {
                String text = OTHER_VALUES.get(random.nextInt(OTHER_VALUES.size()));
                return new BadBody(text, "application/json", "the whole body is " + text, 400);
            }
            case 2 -> {
                String type = OTHER_MEDIA.get(random.nextInt(OTHER_MEDIA.size()));
                return new BadBody(write(valid), type, "a valid body sent as Content-Type " + type, 415);
            }
            case 3 -> {
                ObjectNode body = valid.deepCopy();
                return outOfBounds(body, schemaName, random)
                        .map(description -> new BadBody(write(body), "application/json", description, 400))
                        .orElseGet(() -> mutation(valid, schemaName, random));
            }
            default -> {
                return mutation(valid, schemaName, random);
            }
        }
    }

    /**
     * One bad body for an operation whose body is no object (an import: an array, or CSV): {@code valid}
     * sent as a Content-Type the operation does not read (415), or a text that is not JSON (400).
     */
    public BadBody badText(String valid, Random random) {
        if (random.nextBoolean()) {
            String type = OTHER_MEDIA.get(random.nextInt(OTHER_MEDIA.size()));
            return new BadBody(valid, type, "a valid body sent as Content-Type " + type, 415);
        }
        String text = NOT_JSON.get(random.nextInt(NOT_JSON.size()));
        return new BadBody(text, "application/json", "not JSON: '" + text + "'", 400);
    }

    /**
     * The object properties of {@code valid} whose own schema may be mutated too (property name to schema
     * name): those that refer to an object schema and are present, as an object or a non-empty array of them.
     */
    public Map<String, String> nestedObjects(ObjectNode valid, String schemaName) {
        Map<String, String> nested = new TreeMap<>();
        mutations.schema(schemaName).path("properties").properties().forEach(property -> {
            JsonNode declared = property.getValue();
            JsonNode value = valid.path(property.getKey());
            JsonNode ref = declared.path("type").asText().equals("array") ? declared.path("items") : declared;
            String name = ref.path("$ref").asText("").replace("#/components/schemas/", "");
            boolean object = !name.isEmpty()
                    && mutations.schema(name).path("type").asText().equals("object");
            boolean present = value.isObject()
                    || (value.isArray() && !value.isEmpty() && value.get(0).isObject());
            if (object && present) {
                nested.put(property.getKey(), name);
            }
        });
        return nested;
    }

    private BadBody mutation(ObjectNode valid, String schemaName, Random random) {
        SchemaMutations.Mutation mutation =
                mutations.mutate(valid, schemaName, nestedObjects(valid, schemaName), random);
        return new BadBody(mutation.text(), "application/json", mutation.description(), 400);
    }

    /** Puts a number just outside a documented minimum or maximum, or a value outside an enum; says which. */
    private Optional<String> outOfBounds(ObjectNode body, String schemaName, Random random) {
        JsonNode properties = mutations.schema(schemaName).path("properties");
        List<String> bounded = new ArrayList<>();
        properties.properties().forEach(property -> {
            JsonNode declared = resolve(property.getValue());
            if (declared.has("minimum") || declared.has("maximum") || declared.has("enum")) {
                bounded.add(property.getKey());
            }
        });
        if (bounded.isEmpty()) {
            return Optional.empty();
        }
        String field = bounded.get(random.nextInt(bounded.size()));
        JsonNode declared = resolve(properties.path(field));
        if (declared.has("enum")) {
            body.put(field, "NOT_" + declared.path("enum").path(0).asText("ANY"));
        } else if (declared.has("maximum") && (!declared.has("minimum") || random.nextBoolean())) {
            body.put(field, declared.path("maximum").asLong() + 1);
        } else {
            body.put(field, declared.path("minimum").asLong() - 1);
        }
        return Optional.of(schemaName + "." + field + " = " + body.path(field) + ", outside " + declared);
    }

    private JsonNode resolve(JsonNode property) {
        return property.has("$ref")
                ? mutations.schema(property.path("$ref").asText().replace("#/components/schemas/", ""))
                : property;
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree always serialises", e);
        }
    }
}
