package io.buzzline.testing.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad request bodies built from a served OpenAPI document, the ways issue 18 lists: a property of
 * another JSON type, an unknown field, a required field dropped, something after the JSON. Each
 * service's generated contract test starts from one valid body per operation and asserts that every
 * mutation gets a 400 problem whose type is one of {@link #BODY_PROBLEMS}; {@link BadBodies} adds the
 * mutations of the whole body and its Content-Type.
 */
public final class SchemaMutations {

    /** The problem types a bad body may get (libs/problems). */
    public static final Set<String> BODY_PROBLEMS =
            Set.of("malformed-json", "wrong-json-type", "unknown-field", "invalid-request");

    private static final List<String> TRAILERS = List.of(" x", "}", "{}", "[]", " 1", ",", "\"a\"", " null");

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode document;

    private SchemaMutations(JsonNode document) {
        this.document = document;
    }

    /** From the text of {@code /q/openapi?format=json}. */
    public static SchemaMutations of(String openApiJson) {
        try {
            return new SchemaMutations(new ObjectMapper().readTree(openApiJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
        }
    }

    /** From a document already read. */
    public static SchemaMutations of(JsonNode openApi) {
        return new SchemaMutations(openApi);
    }

    /** A mutated body's text and what was done to it, for the failure message. */
    public record Mutation(String text, String description) {}

    /**
     * One mutation of {@code valid} (an instance of {@code schemaName}); {@code nested} names the object
     * properties of it whose own schema may be mutated too (property name to schema name).
     */
    public Mutation mutate(ObjectNode valid, String schemaName, Map<String, String> nested, Random random) {
        ObjectNode body = valid.deepCopy();
        JsonNode schema = schema(schemaName);
        // Only the mutations the schema makes invalid: an unknown field where additionalProperties is false,
        // a dropped field where some are required. Every request schema of the lobby's and content's
        // generated tests allows all five, so their seeds pick what they always did.
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 4));
        if (!schema.path("additionalProperties").asBoolean(true)) {
            kinds.add(2);
        }
        if (!schema.path("required").isEmpty()) {
            kinds.add(3);
        }
        kinds.sort(null);
        String description;
        switch (kinds.get(random.nextInt(kinds.size()))) {
            case 0 -> description = wrongType(body, schemaName, random);
            case 1 -> {
                List<String> inner = new ArrayList<>(nested.keySet());
                if (inner.isEmpty()) {
                    description = wrongType(body, schemaName, random);
                } else {
                    String property = inner.get(random.nextInt(inner.size()));
                    JsonNode target = body.path(property);
                    ObjectNode object = (ObjectNode) (target.isArray() ? target.get(0) : target);
                    description = wrongType(object, nested.get(property), random);
                }
            }
            case 2 -> {
                String field = "x" + Integer.toString(random.nextInt(1 << 20), 36);
                body.put(field, random.nextInt());
                description = "unknown field " + field;
            }
            case 3 -> {
                List<String> required = names(schema(schemaName).path("required"));
                String field = required.get(random.nextInt(required.size()));
                body.remove(field);
                description = "without required " + field;
            }
            default -> {
                String trailer = TRAILERS.get(random.nextInt(TRAILERS.size()));
                return new Mutation(write(body) + trailer, "trailing '" + trailer + "'");
            }
        }
        return new Mutation(write(body), description);
    }

    /** Puts a value of another JSON type into one of the schema's properties; says which. */
    public String wrongType(ObjectNode body, String schemaName, Random random) {
        JsonNode properties = schema(schemaName).path("properties");
        List<String> names = names(properties);
        String field = names.get(random.nextInt(names.size()));
        String type = type(properties.path(field));
        List<Object> others =
                switch (type) {
                    case "integer" -> List.of(1.5, "12", true, "x", List.of(), Map.of());
                    case "number" -> List.of("1.5", true, "x", List.of(), Map.of());
                    case "boolean" -> List.of("true", 1, 0.5, List.of(), Map.of());
                    case "array" -> List.of("x", 1, true, Map.of());
                    case "object" -> List.of("x", 1, true);
                    default -> List.of(12, 1.5, true, List.of(), Map.of());
                };
        Object value = others.get(random.nextInt(others.size()));
        body.set(field, json.valueToTree(value));
        return schemaName + "." + field + " (" + type + ") = " + value;
    }

    public JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** "METHOD path status" of each 4xx/5xx response that does not refer to the shared Problem schema. */
    public List<String> errorsWithoutProblemSchema() {
        List<String> errors = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> operation
                        .getValue()
                        .path("responses")
                        .properties()
                        .forEach(response -> {
                            String ref = response.getValue()
                                    .at("/content/application~1problem+json/schema/$ref")
                                    .asText();
                            if (response.getKey().matches("[45]\\d\\d")
                                    && !ref.equals("#/components/schemas/Problem")) {
                                errors.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                            }
                        })));
        return errors;
    }

    private String type(JsonNode property) {
        if (property.has("$ref")) {
            return type(schema(property.path("$ref").asText().replace("#/components/schemas/", "")));
        }
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        return type.isMissingNode() ? (property.has("enum") ? "string" : "object") : type.asText();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree always serialises", e);
        }
    }
}
