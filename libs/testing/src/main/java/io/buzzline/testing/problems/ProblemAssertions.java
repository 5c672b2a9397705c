package io.buzzline.testing.problems;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * What every problem answer of every service must hold, whatever the request was (libs/problems).
 * Hamcrest, which REST Assured brings, so the consuming modules need nothing more; {@link #deviations}
 * says the same without either, for a test that sends its requests with another client (e2e).
 */
public final class ProblemAssertions {

    /** Java, Jackson and framework names a person should never read in a detail. */
    public static final String INTERNALS = "(?s).*(java\\.|jakarta\\.|com\\.fasterxml|io\\.buzzline|io\\.quarkus"
            + "|Exception|`|\\bclass\\b|\\$\\w).*";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemAssertions() {}

    /**
     * The answer is {@code input}'s problem: its status, its type, the violation naming its field, and
     * nothing {@link #deviations} finds. The body is read once, with Jackson: REST Assured's
     * {@code jsonPath()} compiles a Groovy script per read, which made these checks most of a test's CPU.
     */
    public static void assertProblem(Response response, BadInput input) {
        String body = response.asString();
        assertThat(input + ": " + body, response.statusCode(), equalTo(input.status()));
        JsonNode problem = parse(body);
        assertThat(input + ": " + body, deviations(response.statusCode(), response.contentType(), problem), empty());
        assertThat(
                input.name(), problem.path("type").asText(), equalTo("https://buzzline.dev/problems/" + input.slug()));
        if (input.field() != null) {
            List<String> matching = new ArrayList<>();
            for (JsonNode violation : problem.path("violations")) {
                if (input.field().equals(violation.path("field").asText(null))
                        && Objects.equals(input.in(), violation.path("in").asText(null))) {
                    matching.add(violation.toString());
                }
            }
            assertThat(
                    input.name() + ": no violation of field " + input.field() + " in " + input.in() + ": " + body,
                    matching,
                    not(empty()));
        }
    }

    /**
     * How an error answer ({@code status} 4xx or 5xx) breaks RFC 9457 as libs/problems serves it: not
     * {@code application/problem+json}, not a JSON object, {@code type} not an absolute URI, no {@code title},
     * a {@code status} member other than the HTTP status, a {@code detail} that is blank or names Java
     * internals, an {@code instance} that is not a path, a violation message naming internals. Empty: none.
     */
    public static List<String> deviations(int status, String contentType, String body) {
        return deviations(status, contentType, parse(body));
    }

    /** {@link #deviations(int, String, String)} of a body already parsed ({@code null}: not JSON). */
    private static List<String> deviations(int status, String contentType, JsonNode problem) {
        List<String> deviations = new ArrayList<>();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            deviations.add("Content-Type is " + contentType + ", not application/problem+json");
        }
        if (problem == null) {
            deviations.add("the body is not JSON");
            return deviations;
        }
        if (!problem.isObject()) {
            deviations.add("the body is not a JSON object");
            return deviations;
        }
        if (!absoluteUri(problem.path("type").asText(""))) {
            deviations.add("type is not an absolute URI: " + problem.path("type"));
        }
        if (problem.path("title").asText("").isBlank()) {
            deviations.add("no title");
        }
        if (!problem.path("status").isInt() || problem.path("status").asInt() != status) {
            deviations.add("status member " + problem.path("status") + " differs from the HTTP status " + status);
        }
        String detail = problem.path("detail").asText("");
        if (detail.isBlank() || detail.matches(INTERNALS)) {
            deviations.add("detail is blank or names internals: " + problem.path("detail"));
        }
        if (!problem.path("instance").asText("").startsWith("/")) {
            deviations.add("instance is not a path: " + problem.path("instance"));
        }
        for (JsonNode violation : problem.path("violations")) {
            if (violation.path("message").asText("").matches(INTERNALS)) {
                deviations.add("a violation message names internals: " + violation);
            }
        }
        return deviations;
    }

    /** The body as JSON, or {@code null} when it is none. */
    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean absoluteUri(String text) {
        try {
            return URI.create(text).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
