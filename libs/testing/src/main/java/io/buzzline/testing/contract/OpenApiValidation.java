package io.buzzline.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured filters that fail a test when an exchange drifts from the OpenAPI document the service under
 * test serves at {@code /q/openapi}: a contract test passes only if the document tells the truth about what it
 * exercised. The one way every service's contract tests validate against their document.
 *
 * <p>The document is read on first use, from {@link RestAssured#port} as the Quarkus test framework set it for
 * the running test, so an instance may be created in a field initialiser.
 */
public final class OpenApiValidation {

    private OpenApiValidationFilter contract;
    private OpenApiValidationFilter responsesOnly;

    private OpenApiValidation() {}

    /** Filters for the document served by the application under test. */
    public static OpenApiValidation ofServedDocument() {
        return new OpenApiValidation();
    }

    /** Validates the request and the response. */
    public synchronized OpenApiValidationFilter contract() {
        if (contract == null) {
            contract = new OpenApiValidationFilter(
                    OpenApiInteractionValidator.createForSpecificationUrl(url()).build());
        }
        return contract;
    }

    /**
     * Validates only the response, for requests that break the contract on purpose: the error they get must
     * still be one the document describes.
     */
    public synchronized OpenApiValidationFilter responsesOnly() {
        if (responsesOnly == null) {
            responsesOnly = new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(url())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());
        }
        return responsesOnly;
    }

    /** A request validated against the document, and its response too. */
    public RequestSpecification given() {
        return RestAssured.given().filter(contract());
    }

    /** A request the document forbids on purpose: only its (error) response is validated. */
    public RequestSpecification givenInvalid() {
        return RestAssured.given().filter(responsesOnly());
    }

    private static String url() {
        return "http://localhost:" + RestAssured.port + "/q/openapi?format=json";
    }
}
