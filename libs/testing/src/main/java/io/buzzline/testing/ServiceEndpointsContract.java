package io.buzzline.testing;

import java.net.URL;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The operational endpoints every Buzzline service owes: liveness, readiness that names each real
 * dependency and Prometheus metrics on the management port only (never on the service's own, public
 * one), and the OpenAPI document next to the API. A service's test extends this and says which
 * dependencies its readiness must report.
 */
public abstract class ServiceEndpointsContract {

    @TestHTTPResource(value = "", management = true)
    URL management;

    /** Substrings of the readiness check names this service must report, e.g. "Redis". */
    protected abstract List<String> readinessDependencies();

    /** The OpenAPI title this service publishes. */
    protected abstract String openApiTitle();

    @Test
    void isLive() {
        given().get(management("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyAndReportsEachDependency() {
        var response = given().get(management("/q/health/ready"))
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
                .get(management("/q/metrics"))
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void servesNoHealthNorMetricsOnItsOwnPort() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics")) {
            given().get(path).then().statusCode(404);
        }
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

    /** {@code path} on the management interface (its root, whatever the injected URL's path, is the server's). */
    private String management(String path) {
        return management.getProtocol() + "://" + management.getAuthority() + path;
    }
}
