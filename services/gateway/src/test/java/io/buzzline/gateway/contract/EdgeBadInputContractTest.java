package io.buzzline.gateway.contract;

import java.util.stream.Stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.testing.problems.BadInput;
import io.buzzline.testing.problems.ProblemAssertions;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST edge's routes answer every error as problem+json, its own refusals and an upstream's HTML error
 * pages alike (issue 18: POST/PUT/DELETE on /api/content/** and unknown /api/* were text/html), and never
 * hands out an upstream's internal address in Location, on each of its three prefixes. Upstreams are the stand-ins.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class EdgeBadInputContractTest {

    static Stream<BadInput> seeds() {
        return Stream.of(
                problem("unknown /api route", "GET", "/api/nothing", 404, "not-found"),
                problem("POST to an unknown /api route", "POST", "/api/nothing/here", 404, "not-found"),
                problem("DELETE to /api itself", "DELETE", "/api/", 404, "not-found"),
                problem("pack order at the edge", "POST", "/api/content/packs", 404, "not-found"),
                problem("management route", "GET", "/api/content/q/metrics", 404, "not-found"),
                problem("management route, encoded", "GET", "/api/lobby/%71/health", 404, "not-found"),
                problem("upstream HTML 404", "GET", "/api/content/framework/x", 404, "not-found"),
                problem("POST upstream HTML 405", "POST", "/api/content/framework/x", 405, "method-not-allowed"),
                problem("PUT upstream HTML 405", "PUT", "/api/content/framework/x", 405, "method-not-allowed"),
                problem("DELETE upstream HTML 405", "DELETE", "/api/content/framework/x", 405, "method-not-allowed"),
                problem("lobby upstream HTML 405", "PATCH", "/api/lobby/framework/x", 405, "method-not-allowed"),
                problem("profile management route", "GET", "/api/profile/q/health/ready", 404, "not-found"),
                problem("profile's OpenAPI document", "GET", "/api/profile/q/openapi", 404, "not-found"),
                problem(
                        "profile management route, dotted",
                        "GET",
                        "/api/profile/accounts/../q/metrics",
                        404,
                        "not-found"),
                problem("profile upstream HTML 404", "GET", "/api/profile/framework/x", 404, "not-found"),
                problem("profile upstream HTML 405", "PUT", "/api/profile/framework/x", 405, "method-not-allowed"),
                overLimit("lobby", "/api/lobby/echo"),
                overLimit("profile", "/api/profile/shop/purchases"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void answersWithAProblem(BadInput input) {
        ProblemAssertions.assertProblem(input.send(), input);
    }

    @Test
    void keepsTheAllowHeaderOfAnUpstream405() {
        Response response = given().contentType("application/json").body("{}").delete("/api/content/framework/x");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET");
    }

    @Test
    void locationPointsAtTheEdgeNotAtTheUpstream() {
        for (String prefix : new String[] {"/api/lobby", "/api/content", "/api/profile"}) {
            Response response =
                    given().contentType("application/json").body("{}").post(prefix + "/echo/players");

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.header("Location")).isEqualTo(prefix + "/echo/1?v=2");
        }
    }

    /** A JSON body of about 70 KB, over the 64 KiB the edge passes to {@code upstream}. */
    private static BadInput overLimit(String upstream, String path) {
        return new BadInput(
                "body over the edge's " + upstream + " limit",
                "POST",
                path,
                "application/json",
                "{\"x\":\"" + "a".repeat(70_000) + "\"}",
                413,
                "body-too-large",
                null,
                null);
    }

    /** A GET without a body, any other method with a small JSON one. */
    private static BadInput problem(String name, String method, String path, int status, String slug) {
        boolean get = method.equals("GET");
        return new BadInput(
                name, method, path, get ? null : "application/json", get ? null : "{}", status, slug, null, null);
    }
}
