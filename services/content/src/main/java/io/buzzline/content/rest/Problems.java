package io.buzzline.content.rest;

import java.util.List;
import java.util.Map;

import io.quarkiverse.resteasy.problem.HttpProblem;

import io.buzzline.content.question.FieldViolation;

/** Builders of the problem+json bodies this API returns besides the library's own. */
final class Problems {

    private Problems() {}

    static HttpProblem of(int status, String title, String detail) {
        return HttpProblem.builder()
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .build();
    }

    /** A 400 in the same shape as bean-validation failures: {@code violations[{field, in, message}]}. */
    static HttpProblem invalid(List<FieldViolation> violations) {
        return invalid(violations, "question");
    }

    /** The same, for the rules of another kind of document ({@code what}: quest, configuration...). */
    static HttpProblem invalid(List<FieldViolation> violations, String what) {
        return HttpProblem.builder()
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail(violations.size() + " field(s) break the " + what + " rules")
                .with(
                        "violations",
                        violations.stream()
                                .map(v -> Map.of("field", v.field(), "in", "body", "message", v.reason()))
                                .toList())
                .build();
    }
}
