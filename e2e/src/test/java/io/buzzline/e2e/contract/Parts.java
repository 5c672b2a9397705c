package io.buzzline.e2e.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import io.buzzline.testing.contract.DocumentedOperation;
import io.buzzline.testing.contract.DocumentedOperation.Parameter;
import io.buzzline.testing.contract.OpenApiDocument;

/**
 * Valid parts of a request to an operation of one document: parameter values (path ones that look like ids
 * and name nothing) and bodies, each as its schema admits.
 */
final class Parts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiDocument document;
    private final SchemaValues values;

    Parts(OpenApiDocument document) {
        this.document = document;
        this.values = new SchemaValues(document);
    }

    /** A body as sent, and the tree it was written from (null for CSV or no body). */
    record Body(String text, String contentType, JsonNode json) {}

    OpenApiDocument document() {
        return document;
    }

    /** Name to value of {@code parameters}: required and path ones always, the others about half the time. */
    Arbitrary<Map<String, String>> values(List<Parameter> parameters) {
        if (parameters.isEmpty()) {
            return Arbitraries.just(Map.of());
        }
        List<Arbitrary<Optional<Map.Entry<String, String>>>> each = new ArrayList<>();
        for (Parameter parameter : parameters) {
            Arbitrary<Optional<Map.Entry<String, String>>> present =
                    value(parameter).map(value -> Optional.of(Map.entry(parameter.name(), value)));
            boolean always = parameter.required() || parameter.in().equals("path");
            each.add(always ? present : Arbitraries.oneOf(present, Arbitraries.just(Optional.empty())));
        }
        return Combinators.combine(each).as(entries -> {
            Map<String, String> map = new LinkedHashMap<>();
            entries.forEach(entry -> entry.ifPresent(e -> map.put(e.getKey(), e.getValue())));
            return map;
        });
    }

    /** A body of each media type the operation reads; none if it reads none. */
    Arbitrary<Body> body(DocumentedOperation operation) {
        if (operation.body().isEmpty()) {
            return Arbitraries.just(new Body(null, null, null));
        }
        List<Arbitrary<Body>> bodies = new ArrayList<>();
        Optional<JsonNode> rows = Optional.empty();
        for (Map.Entry<String, JsonNode> media : operation.body().get().media().entrySet()) {
            if (media.getKey().contains("json")) {
                JsonNode schema = media.getValue();
                bodies.add(values.valid(schema)
                        .map(node -> realistic(schema, node))
                        .map(node -> new Body(write(node), media.getKey(), node)));
                if (document.resolve(schema).has("items")) {
                    rows = Optional.of(document.resolve(schema).path("items"));
                }
            }
        }
        if (operation.body().get().media().containsKey("text/csv") && rows.isPresent()) {
            JsonNode row = rows.get();
            bodies.add(values.valid(row)
                    .map(node -> realistic(row, node))
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3)
                    .map(list -> new Body(Realistic.csv(list), "text/csv", null)));
        }
        if (bodies.isEmpty()) {
            throw new IllegalStateException(operation.name() + " reads no media type this suite can write");
        }
        return Arbitraries.oneOf(bodies);
    }

    private Arbitrary<String> value(Parameter parameter) {
        JsonNode schema = document.resolve(parameter.schema());
        return switch (parameter.in()) {
            case "path" -> pathValue(schema);
            case "header" -> headerValue(parameter.name(), schema);
            default -> values.valid(schema).map(Parts::text);
        };
    }

    /** Ids that name nothing: of the schema's pattern, enum or type where it has one, else id-like text. */
    private Arbitrary<String> pathValue(JsonNode schema) {
        if (schema.has("enum")
                || schema.has("pattern")
                || SchemaValues.types(schema).contains("integer")) {
            return values.valid(schema).map(Parts::text);
        }
        // "." and ".." are no path segment values: a client or the edge resolves them away.
        return Arbitraries.oneOf(
                Patterns.matching("[A-Za-z0-9_-]{1,24}", 1, 24),
                SchemaValues.strings(schema).filter(text -> !text.isEmpty() && !text.matches("\\.{1,2}")));
    }

    /** If-Match is never the current version (the suite must change no configuration); others per schema. */
    private Arbitrary<String> headerValue(String name, JsonNode schema) {
        return switch (name.toLowerCase()) {
            case "if-match" ->
                Arbitraries.longs().between(1_000_000, 1_000_000_000).map(v -> "\"" + v + "\"");
            case "cache-control" -> Arbitraries.of("no-cache", "no-store", "max-age=0");
            default ->
                schema.has("pattern")
                        ? Patterns.matching(schema.path("pattern").asText(), 0, 200)
                        : Patterns.matching("[A-Za-z0-9 =,-]{1,30}", 1, 30);
        };
    }

    private JsonNode realistic(JsonNode schema, JsonNode node) {
        Optional<String> name = OpenApiDocument.schemaName(schema);
        if (name.isPresent()) {
            return StatedRules.honour(document.resolve(schema), Realistic.body(name.get(), node));
        }
        Optional<String> items =
                OpenApiDocument.schemaName(document.resolve(schema).path("items"));
        if (node.isArray() && items.isPresent()) {
            ArrayNode fixed = JSON.createArrayNode();
            node.forEach(item -> fixed.add(Realistic.body(items.get(), item)));
            return fixed;
        }
        return node;
    }

    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree always serialises", e);
        }
    }
}
