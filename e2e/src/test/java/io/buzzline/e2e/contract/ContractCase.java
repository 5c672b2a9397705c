package io.buzzline.e2e.contract;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.buzzline.testing.contract.DocumentedOperation;

/**
 * One generated request to one operation of a served document, as it is sent: where to (the service itself
 * or the public edge), by whom, the filled path, query, headers and body, and what is wrong with its input
 * if anything. Its {@link #toString()} is the request in full, so a failure reads as the request to replay.
 *
 * @param path the operation's path with its parameters filled in and encoded, without the edge prefix
 * @param query empty, or {@code ?name=value&...} encoded
 * @param body null: no body
 * @param contentType null: no Content-Type header
 */
public record ContractCase(
        String service,
        DocumentedOperation operation,
        Target target,
        Caller caller,
        String path,
        String query,
        Map<String, String> headers,
        String body,
        String contentType,
        Optional<Fault> fault) {

    /** Where a request goes: a service's own address, or a gateway with the edge prefix in front of the path. */
    record Target(String name, URI base, String prefix, boolean edge) {

        URI uri(String path, String query) {
            return URI.create(base.toString() + prefix + path + query);
        }
    }

    /** How a caller stands with an operation's security requirement. */
    enum Access {
        /** The operation is open to everyone ({@code security: []}): any caller, any token. */
        OPEN,
        /** No Authorization header: 401 where a role is required. */
        ANONYMOUS,
        /** A bearer value that is no token of ours: 401 where a role is required. */
        FORGED,
        /** A valid token of a role the operation does not list: 403. */
        OTHER_ROLE,
        /** A valid token of a role it lists. */
        ADMITTED
    }

    /**
     * Who sends the request: a role (null: no token) and, for a game role, the game and subject its token
     * names.
     */
    record Caller(String role, String gameId, String subject, Access access) {

        @Override
        public String toString() {
            return switch (access) {
                case ANONYMOUS -> "no token";
                case FORGED -> "a forged token";
                default ->
                    role == null
                            ? "no token"
                            : (role.startsWith("e") || role.startsWith("o") ? "an " : "a ") + role + " token"
                                    + (gameId == null ? "" : " of " + gameId + " as " + subject);
            };
        }
    }

    /**
     * What is wrong with the input and the statuses it must get whoever sends it (401/403 may come first):
     * 400 for a bad body, query or path, 415 for a Content-Type, 406 for an Accept; a bad path value may
     * also be the 404 of an operation that documents one.
     *
     * @param problems the problem types a 400 for it may have; empty: any
     */
    record Fault(String part, String description, Set<Integer> statuses, Set<String> problems) {}

    String method() {
        return operation.method();
    }

    URI uri() {
        return target.uri(path, query);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(method())
                .append(' ')
                .append(target.prefix())
                .append(path)
                .append(query)
                .append(" to ")
                .append(target.name())
                .append(" (")
                .append(service)
                .append(' ')
                .append(operation.name())
                .append(") with ")
                .append(caller);
        headers.forEach(
                (name, value) -> text.append(", ").append(name).append(": ").append(value));
        if (contentType != null) {
            text.append(", Content-Type: ").append(contentType);
        }
        if (body != null) {
            text.append(", body ").append(body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
        fault.ifPresent(f -> text.append(" [")
                .append(f.part())
                .append(": ")
                .append(f.description())
                .append(']'));
        return text.toString();
    }
}
