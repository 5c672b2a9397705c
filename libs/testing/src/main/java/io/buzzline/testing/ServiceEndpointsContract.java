package io.buzzline.testing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The operational endpoints every Buzzline service owes: liveness, readiness that names each real
 * dependency, Prometheus metrics and the OpenAPI document. A service's test extends this and says
 * which dependencies its readiness must report.
 */
public abstract class ServiceEndpointsContract {

    /** Substrings of the readiness check names this service must report, e.g. "Redis". */
    protected abstract List<String> readinessDependencies();

    /** The OpenAPI title this service publishes. */
    protected abstract String openApiTitle();

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyAndReportsEachDependency() {
        var response = given().get("/q/health/ready")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("UP"));
        for (String dependency : readinessDependencies()) {
            response.body("checks.name", hasItem(containsString(dependency)));
        }
    }

    @Test
    void exposesPrometheusMetrics() {
        given().accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", startsWith("3."))
                .body("info.title", equalTo(openApiTitle()));
    }
}
