package io.buzzline.scoring.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;

/** REST Assured filters that fail a test when an exchange drifts from the served OpenAPI document. */
final class ContractFilters {

    private ContractFilters() {}

    private static String document() {
        return "http://localhost:" + RestAssured.port + "/q/openapi?format=json";
    }

    /** Validates request and response. */
    static OpenApiValidationFilter contract() {
        return new OpenApiValidationFilter(document());
    }

    /** Validates only the response, for requests that break the contract on purpose. */
    static OpenApiValidationFilter responsesOnly() {
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(document())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }
}
