package io.buzzline.e2e.contract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.buzzline.e2e.contract.ContractCase.Access;
import io.buzzline.e2e.contract.Sender.Answer;
import io.buzzline.security.Roles;
import io.buzzline.testing.problems.ProblemAssertions;

/**
 * What the documents promise for a request, and how an answer breaks it. The expected statuses: 404 from
 * a gateway for an operation whose servers leave the edge out; 401 without a valid token and 403 with
 * another role's where the operation lists roles; the fault's statuses for a broken input (if both, either:
 * the documents do not say which is checked first); else any status the operation documents, but never 401
 * for an admitted caller nor 403 for an admitted editor, operator or service. Never a 5xx, every error an RFC
 * 9457 problem ({@link ProblemAssertions#deviations}), a broken body's 400 of a body problem type, and a
 * valid request's 400 never a parse problem of its body nor a violation of a parameter the document admits.
 */
final class Oracle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PARSE_PROBLEMS = Set.of("malformed-json", "wrong-json-type", "unknown-field");
    private static final Set<String> STAFF = Set.of(Roles.EDITOR, Roles.OPERATOR, Roles.SERVICE);

    private Oracle() {}

    static Set<Integer> expected(ContractCase request) {
        if (request.target().edge() && !servedAtEdge(request)) {
            return Set.of(404);
        }
        Set<Integer> security =
                switch (request.caller().access()) {
                    case OPEN, ADMITTED -> Set.of();
                    case ANONYMOUS, FORGED -> request.operation().secured() ? Set.of(401) : Set.of();
                    case OTHER_ROLE -> Set.of(403);
                };
        Set<Integer> input = request.fault().map(ContractCase.Fault::statuses).orElse(Set.of());
        Set<Integer> expected = new TreeSet<>(security);
        expected.addAll(input);
        if (expected.isEmpty()) {
            expected.addAll(request.operation().statuses());
            if (request.caller().access() == Access.ADMITTED) {
                expected.remove(401);
                if (STAFF.contains(request.caller().role())) {
                    expected.remove(403);
                }
            }
        }
        return expected;
    }

    static List<String> deviations(ContractCase request, Answer answer) {
        List<String> deviations = new ArrayList<>();
        int status = answer.status();
        Set<Integer> expected = expected(request);
        if (status >= 500) {
            deviations.add("a server error: " + status);
        } else if (!expected.contains(status)) {
            deviations.add("status " + status + " where the documents promise " + expected);
        } else if (!request.operation().statuses().contains(status)
                && !(request.target().edge() && status == 404)) {
            deviations.add("status " + status + " is not among the operation's documented "
                    + request.operation().statuses());
        }
        if (status < 400) {
            return deviations;
        }
        deviations.addAll(ProblemAssertions.deviations(status, answer.contentType(), answer.body()));
        JsonNode problem = problem(answer);
        String type = problem.path("type").asText("");
        String slug = type.substring(type.lastIndexOf('/') + 1);
        request.fault().ifPresent(fault -> {
            if (fault.statuses().contains(status)
                    && !fault.problems().isEmpty()
                    && !fault.problems().contains(slug)) {
                deviations.add(
                        "problem type " + slug + " where a " + fault.part() + " fault gets one of " + fault.problems());
            }
        });
        if (request.fault().isEmpty() && status == 400) {
            if (PARSE_PROBLEMS.contains(slug)) {
                deviations.add("the document admits this body, yet it was refused as " + slug);
            }
            for (JsonNode violation : problem.path("violations")) {
                if (!violation.path("in").asText().equals("body")) {
                    deviations.add("the document admits " + violation.path("in").asText() + " parameter "
                            + violation.path("field").asText() + ", yet it was refused: " + violation.path("message"));
                }
            }
        }
        return deviations;
    }

    /** Whether the operation's servers include the edge prefix the request went through. */
    private static boolean servedAtEdge(ContractCase request) {
        return request.operation().servers().stream()
                .anyMatch(
                        url -> URI.create(url).getPath().equals(request.target().prefix()));
    }

    private static JsonNode problem(Answer answer) {
        try {
            JsonNode node = JSON.readTree(answer.body());
            return node == null ? JSON.createObjectNode() : node;
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
