package io.buzzline.testing.problems;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every problem answer of every service must hold, whatever the request was (libs/problems).
 * Hamcrest, which REST Assured brings, so the consuming modules need nothing more.
 */
public final class ProblemAssertions {

    /** Java, Jackson and framework names a person should never read in a detail. */
    public static final String INTERNALS = "(?s).*(java\\.|jakarta\\.|com\\.fasterxml|io\\.buzzline|io\\.quarkus"
            + "|Exception|`|\\bclass\\b|\\$\\w).*";

    private ProblemAssertions() {}

    public static void assertProblem(Response response, BadInput input) {
        assertThat(input + ": " + response.asString(), response.statusCode(), equalTo(input.status()));
        assertThat(input.name(), response.contentType(), startsWith("application/problem+json"));
        Map<String, Object> problem = response.jsonPath().getMap("");
        assertThat(input.name(), problem.get("type"), equalTo("https://buzzline.dev/problems/" + input.slug()));
        assertThat(input.name(), (String) problem.get("title"), not(blankOrNullString()));
        assertThat(input.name(), problem.get("status"), equalTo(input.status()));
        String detail = (String) problem.get("detail");
        assertThat(input.name(), detail, allOf(not(blankOrNullString()), not(matchesPattern(INTERNALS))));
        assertThat(input.name(), (String) problem.get("instance"), startsWith("/"));
        if (input.field() != null) {
            List<Map<String, Object>> violations = response.jsonPath().getList("violations");
            assertThat(
                    input.name(),
                    violations,
                    hasItem(allOf(hasEntry("field", (Object) input.field()), hasEntry("in", (Object) input.in()))));
            for (Map<String, Object> violation : violations) {
                assertThat(input.name(), (String) violation.get("message"), not(matchesPattern(INTERNALS)));
            }
        }
    }
}
