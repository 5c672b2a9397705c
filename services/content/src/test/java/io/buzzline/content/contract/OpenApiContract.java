package io.buzzline.content.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured requests whose request and response are both checked against the OpenAPI document
 * the running service publishes at {@code /q/openapi}: a test passes only if the document tells the
 * truth about what it exercised.
 */
public final class OpenApiContract {

    private final OpenApiValidationFilter strict;
    private final OpenApiValidationFilter responsesOnly;

    private OpenApiContract(String document) {
        this.strict = new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build());
        this.responsesOnly =
                new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(document)
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .build())
                        .build());
    }

    /** Reads the running service's document; call once per test. */
    public static OpenApiContract load() {
        String document = RestAssured.given()
                .accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return new OpenApiContract(document);
    }

    /** A request validated against the document, and its response too. */
    public RequestSpecification given() {
        return RestAssured.given().filter(strict);
    }

    /** A request the document forbids on purpose: only the (error) response is validated. */
    public RequestSpecification givenInvalid() {
        return RestAssured.given().filter(responsesOnly);
    }
}
