package io.buzzline.e2e.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import io.buzzline.e2e.contract.ContractCase.Fault;
import io.buzzline.e2e.contract.OperationCases.Draft;
import io.buzzline.testing.contract.DocumentedOperation;
import io.buzzline.testing.contract.DocumentedOperation.Parameter;
import io.buzzline.testing.contract.OpenApiDocument;
import io.buzzline.testing.problems.BadBodies;
import io.buzzline.testing.problems.SchemaMutations;

/**
 * The ways a valid request to an operation is broken, one part at a time: a path, query or header value
 * its schema refuses (wrong type, out of range, unknown enum value, against the pattern), a body mutated by
 * libs/testing's {@link BadBodies}, an Accept the operation cannot answer. Each with the statuses it must get.
 */
final class Faults {

    private static final Set<String> MEDIA_PROBLEM = Set.of("unsupported-media-type");

    private final DocumentedOperation operation;
    private final OpenApiDocument document;
    private final BadBodies bad;

    Faults(DocumentedOperation operation, Parts parts) {
        this.operation = operation;
        this.document = parts.document();
        this.bad = new BadBodies(document.mutations());
    }

    /** The broken drafts this operation admits, weighted, each made from a valid one. */
    List<Tuple2<Integer, Arbitrary<Draft>>> kinds(Arbitrary<Draft> valid) {
        List<Tuple2<Integer, Arbitrary<Draft>>> kinds = new ArrayList<>();
        Set<Integer> badPath = new TreeSet<>(Set.of(400));
        if (operation.statuses().contains(404)) {
            badPath.add(404);
        }
        parameterFaults("path", badPath, valid).ifPresent(kinds::add);
        parameterFaults("query", Set.of(400), valid).ifPresent(kinds::add);
        parameterFaults("header", Set.of(400), valid).ifPresent(kinds::add);
        if (operation.statuses().contains(406)) {
            Fault fault = new Fault(
                    "header Accept", "text/html, which the operation does not produce", Set.of(406), Set.of());
            kinds.add(Tuple.of(
                    1, valid.map(d -> OperationCases.withParameter(d, "header", "Accept", "text/html", fault))));
        }
        if (operation.body().isPresent()) {
            kinds.add(Tuple.of(4, valid.flatMap(d -> Arbitraries.randomValue(random -> badBody(d, random)))));
        }
        return kinds;
    }

    private Optional<Tuple2<Integer, Arbitrary<Draft>>> parameterFaults(
            String in, Set<Integer> statuses, Arbitrary<Draft> valid) {
        List<Arbitrary<Draft>> broken = new ArrayList<>();
        for (Parameter parameter : operation.parameters(in)) {
            JsonNode schema = document.resolve(parameter.schema());
            breaking(schema, in.equals("header"))
                    .ifPresent(values -> broken.add(valid.flatMap(d -> values.map(value -> {
                        Fault fault = new Fault(
                                in + " " + parameter.name(), "'" + value + "' against " + schema, statuses, Set.of());
                        return OperationCases.withParameter(d, in, parameter.name(), value, fault);
                    }))));
        }
        return broken.isEmpty() ? Optional.empty() : Optional.of(Tuple.of(2, Arbitraries.oneOf(broken)));
    }

    /** Values {@code schema} refuses: another type, outside the bounds or enum, against the pattern. */
    private static Optional<Arbitrary<String>> breaking(JsonNode schema, boolean headerSafe) {
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>(List.of("BOGUS"));
            schema.path("enum").forEach(value -> {
                String other = value.asText().equals(value.asText().toUpperCase())
                        ? value.asText().toLowerCase()
                        : value.asText().toUpperCase();
                values.add(other);
            });
            values.removeIf(value -> schemaListsValue(schema, value));
            return Optional.of(Arbitraries.of(values));
        }
        if (SchemaValues.types(schema).contains("integer")) {
            List<String> values = new ArrayList<>(List.of("abc", "1.5", "99999999999999999999", "1e3"));
            if (schema.has("minimum")) {
                values.add(Long.toString(schema.path("minimum").asLong() - 1));
            }
            if (schema.has("maximum")) {
                values.add(Long.toString(schema.path("maximum").asLong() + 1));
            }
            return Optional.of(Arbitraries.of(values));
        }
        if (schema.has("pattern")) {
            return Patterns.breaking(schema.path("pattern").asText(), headerSafe);
        }
        return Optional.empty();
    }

    private static boolean schemaListsValue(JsonNode schema, String value) {
        for (JsonNode listed : schema.path("enum")) {
            if (listed.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private Draft badBody(Draft draft, Random random) {
        JsonNode json = draft.json();
        Optional<String> schemaName = operation.body().get().media().entrySet().stream()
                .filter(media -> media.getKey().contains("json"))
                .map(media -> OpenApiDocument.schemaName(media.getValue()))
                .flatMap(Optional::stream)
                .findFirst();
        BadBodies.BadBody body;
        Set<String> problems;
        if (json != null && json.isObject() && schemaName.isPresent()) {
            body = bad.badBody((ObjectNode) json, schemaName.get(), random);
            problems = body.status() == 415 ? MEDIA_PROBLEM : SchemaMutations.BODY_PROBLEMS;
        } else {
            body = bad.badText(draft.body(), random);
            problems = body.status() == 415 ? MEDIA_PROBLEM : Set.of();
        }
        Fault fault = new Fault("body", body.description(), Set.of(body.status()), problems);
        return OperationCases.withBody(draft, body.text(), body.contentType(), fault);
    }
}
