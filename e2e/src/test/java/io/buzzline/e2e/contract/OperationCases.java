package io.buzzline.e2e.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import io.buzzline.e2e.contract.ContractCase.Access;
import io.buzzline.e2e.contract.ContractCase.Caller;
import io.buzzline.e2e.contract.ContractCase.Fault;
import io.buzzline.e2e.contract.ContractCase.Target;
import io.buzzline.security.Roles;
import io.buzzline.testing.contract.DocumentedOperation;

/**
 * The requests generated for one operation: valid ones (every parameter and body as its schema admits,
 * made {@link Realistic}) and ones with exactly one part broken ({@link Faults}), each sent by a caller the
 * operation admits, by none, with a forged token or with another role's, to the service or through a
 * gateway's edge.
 */
final class OperationCases {

    private static final String SOME_GAME = "g_00000000000000cc";
    private static final String SOME_PLAYER = "p_contract00000000";

    private final String service;
    private final DocumentedOperation operation;
    private final Faults faults;
    private final Parts parts;
    private final List<Target> direct;
    private final List<Target> edge;

    OperationCases(String service, DocumentedOperation operation, Parts parts, List<Target> direct, List<Target> edge) {
        this.service = service;
        this.operation = operation;
        this.parts = parts;
        this.faults = new Faults(operation, parts);
        this.direct = List.copyOf(direct);
        this.edge = List.copyOf(edge);
    }

    /** A request before who sends it and where; {@code json} is the valid body as a tree, null if none. */
    record Draft(
            Map<String, String> path,
            Map<String, String> query,
            Map<String, String> headers,
            String body,
            String contentType,
            JsonNode json,
            Optional<Fault> fault) {}

    Arbitrary<ContractCase> cases() {
        Arbitrary<Draft> valid = Combinators.combine(
                        parts.values(operation.parameters("path")),
                        parts.values(operation.parameters("query")),
                        parts.values(operation.parameters("header")),
                        parts.body(operation))
                .as((path, query, headers, body) -> new Draft(
                        path, query, headers, body.text(), body.contentType(), body.json(), Optional.empty()));
        List<Tuple2<Integer, Arbitrary<Draft>>> kinds = new ArrayList<>();
        kinds.add(Tuple.of(4, valid));
        faults.kinds(valid).forEach(kinds::add);
        Arbitrary<Target> targets = edge.isEmpty()
                ? Arbitraries.of(direct)
                : Arbitraries.oneOf(Arbitraries.of(direct), Arbitraries.of(edge));
        return Weighted.of(kinds).flatMap(draft -> Combinators.combine(callers(draft), targets)
                .as((caller, target) -> request(draft, caller, target)));
    }

    private ContractCase request(Draft draft, Caller caller, Target target) {
        String path = operation.path();
        for (Map.Entry<String, String> value : draft.path().entrySet()) {
            path = path.replace(
                    "{" + value.getKey() + "}", encode(value.getValue()).replace("+", "%20"));
        }
        StringBuilder query = new StringBuilder();
        draft.query().forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
                .append(encode(name))
                .append('=')
                .append(encode(value)));
        return new ContractCase(
                service,
                operation,
                target,
                caller,
                path,
                query.toString(),
                draft.headers(),
                draft.body(),
                draft.contentType(),
                draft.fault());
    }

    /** Callers of an open operation carry anything; a secured one meets its roles mostly, and the others. */
    private Arbitrary<Caller> callers(Draft draft) {
        if (!operation.secured()) {
            return Arbitraries.of(
                    new Caller(null, null, null, Access.OPEN),
                    new Caller(Roles.PLAYER, SOME_GAME, SOME_PLAYER, Access.OPEN),
                    new Caller(Roles.EDITOR, null, null, Access.OPEN),
                    new Caller(Roles.EDITOR, null, null, Access.FORGED));
        }
        String gameId = draft.path().getOrDefault("gameId", SOME_GAME);
        String playerId = draft.path().getOrDefault("playerId", SOME_PLAYER);
        Set<String> roles = operation.roles();
        List<Caller> admitted = new ArrayList<>();
        List<Caller> others = new ArrayList<>();
        for (String role : Roles.ALL) {
            boolean game = List.of(Roles.PLAYER, Roles.HOST, Roles.SPECTATOR).contains(role);
            String subject = role.equals(Roles.PLAYER) ? playerId : "h_contract";
            boolean admits = roles.contains(role) || roles.contains("**");
            (admits ? admitted : others)
                    .add(new Caller(
                            role,
                            game ? gameId : null,
                            game ? subject : null,
                            admits ? Access.ADMITTED : Access.OTHER_ROLE));
        }
        List<Tuple2<Integer, Arbitrary<Caller>>> weighted = new ArrayList<>();
        weighted.add(Tuple.of(6, Arbitraries.of(admitted)));
        weighted.add(Tuple.of(1, Arbitraries.just(new Caller(null, null, null, Access.ANONYMOUS))));
        weighted.add(Tuple.of(1, Arbitraries.just(new Caller(Roles.EDITOR, null, null, Access.FORGED))));
        if (!others.isEmpty()) {
            weighted.add(Tuple.of(2, Arbitraries.of(others)));
        }
        return Weighted.of(weighted);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A copy of a draft with one parameter ({@code in} path, query or header) replaced and the fault it now has. */
    static Draft withParameter(Draft draft, String in, String name, String value, Fault fault) {
        Map<String, String> path = new LinkedHashMap<>(draft.path());
        Map<String, String> query = new LinkedHashMap<>(draft.query());
        Map<String, String> headers = new LinkedHashMap<>(draft.headers());
        Map<String, String> changed =
                switch (in) {
                    case "path" -> path;
                    case "query" -> query;
                    case "header" -> headers;
                    default -> throw new IllegalArgumentException("no parameters are in " + in);
                };
        changed.put(name, value);
        return new Draft(path, query, headers, draft.body(), draft.contentType(), draft.json(), Optional.of(fault));
    }

    /** A copy of a draft with its body replaced and the fault it now has. */
    static Draft withBody(Draft draft, String body, String contentType, Fault fault) {
        return new Draft(
                draft.path(), draft.query(), draft.headers(), body, contentType, draft.json(), Optional.of(fault));
    }
}
