package io.buzzline.testing.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.buzzline.testing.problems.SchemaMutations;

/**
 * A served OpenAPI document ({@code /q/openapi?format=json}) read as the operations it lists, so a contract
 * test can walk every one of them without a hand-kept list: an operation added to a service is tested the
 * day it is served.
 */
public final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** From the text of {@code /q/openapi?format=json}. */
    public static OpenApiDocument of(String openApiJson) {
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(openApiJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
        }
    }

    public JsonNode json() {
        return document;
    }

    /** The bad bodies generated from this document's schemas. */
    public SchemaMutations mutations() {
        return SchemaMutations.of(document);
    }

    /** The document's server URLs, in its order. */
    public List<String> servers() {
        return urls(document.path("servers"));
    }

    /** Every operation, in path then method order. */
    public List<DocumentedOperation> operations() {
        List<DocumentedOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(operation(method, path.getKey(), path.getValue(), operation));
                }
            }
        }
        return List.copyOf(operations);
    }

    /** Follows local {@code $ref}s ({@code #/components/...}) until a schema or parameter that is not one. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 8; hops++) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    /** The component schema {@code name} ({@code #/components/schemas/name}). */
    public JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** The component name a schema refers to, if it is a {@code $ref} to one. */
    public static Optional<String> schemaName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        String prefix = "#/components/schemas/";
        return ref.startsWith(prefix) ? Optional.of(ref.substring(prefix.length())) : Optional.empty();
    }

    private DocumentedOperation operation(String method, String path, JsonNode pathItem, JsonNode operation) {
        List<DocumentedOperation.Parameter> parameters = new ArrayList<>();
        List<JsonNode> declared = new ArrayList<>();
        pathItem.path("parameters").forEach(declared::add);
        operation.path("parameters").forEach(declared::add);
        for (JsonNode parameter : declared) {
            JsonNode resolved = resolve(parameter);
            parameters.add(new DocumentedOperation.Parameter(
                    resolved.path("name").asText(),
                    resolved.path("in").asText(),
                    resolved.path("required").asBoolean(false),
                    resolved.path("schema")));
        }
        SortedSet<Integer> statuses = new TreeSet<>();
        operation.path("responses").fieldNames().forEachRemaining(code -> {
            if (code.matches("\\d{3}")) {
                statuses.add(Integer.parseInt(code));
            }
        });
        List<String> servers = operation.has("servers") ? urls(operation.path("servers")) : servers();
        return new DocumentedOperation(
                method.toUpperCase(),
                path,
                roles(operation),
                Collections.unmodifiableSortedSet(statuses),
                List.copyOf(parameters),
                body(operation),
                servers);
    }

    private Optional<DocumentedOperation.Body> body(JsonNode operation) {
        JsonNode body = resolve(operation.path("requestBody"));
        if (body.isMissingNode()) {
            return Optional.empty();
        }
        Map<String, JsonNode> media = new LinkedHashMap<>();
        body.path("content")
                .properties()
                .forEach(type -> media.put(type.getKey(), type.getValue().path("schema")));
        return Optional.of(new DocumentedOperation.Body(
                body.path("required").asBoolean(false), Collections.unmodifiableMap(media)));
    }

    /** The scopes of every security requirement; "**" for a requirement without scopes (any valid token). */
    private static Set<String> roles(JsonNode operation) {
        SortedSet<String> roles = new TreeSet<>();
        JsonNode security = operation.path("security");
        for (JsonNode requirement : security) {
            requirement.properties().forEach(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
        }
        if (roles.isEmpty() && !security.isEmpty()) {
            roles.add("**");
        }
        return Collections.unmodifiableSortedSet(roles);
    }

    private static List<String> urls(JsonNode servers) {
        List<String> urls = new ArrayList<>();
        servers.forEach(server -> urls.add(server.path("url").asText()));
        return List.copyOf(urls);
    }
}
