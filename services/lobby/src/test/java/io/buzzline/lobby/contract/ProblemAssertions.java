package io.buzzline.lobby.contract;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** What every problem answer must hold, whatever the request was. */
final class ProblemAssertions {

    /** Java, Jackson and framework names a person should never read in a detail. */
    static final String INTERNALS = "(?s).*(java\\.|jakarta\\.|com\\.fasterxml|io\\.buzzline|io\\.quarkus|Exception|"
            + "`|\\bclass\\b|\\$\\w).*";

    private ProblemAssertions() {}

    static void assertProblem(Response response, BadInput input) {
        assertThat(response.statusCode()).as(input + ": " + response.asString()).isEqualTo(input.status());
        assertThat(response.contentType()).as(input.name()).startsWith("application/problem+json");
        Map<String, Object> problem = response.jsonPath().getMap("");
        assertThat(problem.get("type")).as(input.name()).isEqualTo("https://buzzline.dev/problems/" + input.slug());
        assertThat((String) problem.get("title")).as(input.name()).isNotBlank();
        assertThat(problem.get("status")).as(input.name()).isEqualTo(input.status());
        assertThat((String) problem.get("detail")).as(input.name()).isNotBlank().doesNotMatch(INTERNALS);
        assertThat((String) problem.get("instance")).as(input.name()).startsWith("/");
        if (input.field() != null) {
            List<Map<String, Object>> violations = response.jsonPath().getList("violations");
            assertThat(violations).as(input.name()).anySatisfy(violation -> {
                assertThat(violation.get("field")).isEqualTo(input.field());
                assertThat(violation.get("in")).isEqualTo(input.in());
                assertThat((String) violation.get("message")).isNotBlank().doesNotMatch(INTERNALS);
            });
        }
    }
}
