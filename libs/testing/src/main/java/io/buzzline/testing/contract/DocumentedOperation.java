package io.buzzline.testing.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation as a served OpenAPI document describes it: what a contract test needs to build requests
 * (parameters, body media types and schemas, with every {@code $ref} left for {@link OpenApiDocument#resolve})
 * and to judge answers (the statuses it documents, the roles its security requirement names, the servers
 * that serve it).
 *
 * @param roles the scopes of its security requirements; empty: open to everyone ({@code security: []});
 *     {@code "**"}: any valid token
 * @param servers the operation's own {@code servers} if it has any, else the document's
 */
public record DocumentedOperation(
        String method,
        String path,
        Set<String> roles,
        Set<Integer> statuses,
        List<Parameter> parameters,
        Optional<Body> body,
        List<String> servers) {

    /** A path, query or header parameter. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /** The request body: whether it is required and its schema per media type, in document order. */
    public record Body(boolean required, Map<String, JsonNode> media) {}

    /** "POST /games", as failure messages and reports name an operation. */
    public String name() {
        return method + " " + path;
    }

    public List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    public boolean secured() {
        return !roles.isEmpty();
    }
}
