package io.buzzline.problems;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The RFC 9457 body of every error a Buzzline REST API returns, served as {@code
 * application/problem+json}. {@link ProblemResponses} documents it as the one {@code Problem}
 * schema of each OpenAPI document.
 *
 * @param type one URI per kind of problem, listed in libs/problems/README.md
 * @param title the HTTP reason phrase of the status
 * @param detail what went wrong, written for a person
 * @param instance the request path
 * @param violations for invalid input, one entry per offending field; absent otherwise
 * @param extensions RFC 9457 extension members a problem type adds beside the standard ones (content's
 *     {@code duplicateOf}, {@code currentVersion}...), written at the top level of the body
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<Violation> violations,
        @JsonIgnore Map<String, Object> extensions) {

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, Map.of());
    }

    /** The extension members, flattened into the body beside {@code type} and {@code detail}. */
    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions;
    }

    /**
     * One offending field of a request.
     *
     * @param field the field's path in the body ({@code rounds[0].questions}, {@code $} for the whole
     *     body) or the parameter's name
     * @param in {@code body}, {@code path}, {@code query} or {@code header}
     */
    public record Violation(String field, String in, String message) {}
}
