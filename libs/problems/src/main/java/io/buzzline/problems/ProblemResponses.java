package io.buzzline.problems;

import java.util.List;
import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes every service's OpenAPI document state its errors the one way they are served: each error
 * response of each operation is problem+json with the shared {@code Problem} schema, and the
 * responses every operation can give (400 for parameters or a body, 413 and 415 for a body, 406 for
 * an answer with content, 500) are listed even where the resource does not name them. Resources name only their own refusals.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null
                || openAPI.getPaths().getPathItems() == null
                || openAPI.getPaths().getPathItems().isEmpty()) {
            // No operation answers with a problem here (the gateway's edge is documented by the lobby and content).
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(SCHEMA, problemSchema());
        components.addSchema("Violation", violationSchema());
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                document(operation);
            }
        }
    }

    private static void document(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean parameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            add(
                    responses,
                    "400",
                    "Invalid request: malformed JSON, a wrong JSON type, an unknown field or a failed"
                            + " constraint (see violations)");
        }
        if (body) {
            add(responses, "413", "The body is larger than the service accepts");
            add(responses, "415", "The body was sent without 'Content-Type: application/json'");
        }
        if (answersWithContent(responses)) {
            add(responses, "406", "The Accept header excludes every media type the operation answers in");
        }
        add(responses, "500", "Unexpected failure; nothing internal is disclosed");
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                entry.getValue().setContent(problemContent());
            }
        }
    }

    private static boolean answersWithContent(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .anyMatch(entry -> entry.getKey().startsWith("2")
                        && entry.getValue().getContent() != null
                        && entry.getValue().getContent().getMediaTypes() != null
                        && !entry.getValue().getContent().getMediaTypes().isEmpty());
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problems.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; every error of every Buzzline REST API. A problem"
                        + " type may add extension members (content's duplicateOf, currentVersion...), which"
                        + " the service's README lists with the type.")
                .required(List.of("type", "title", "status", "detail", "instance"))
                // Said explicitly: RFC 9457 lets a problem type add members, and a validator may assume false.
                .additionalPropertiesSchema(OASFactory.createSchema().booleanSchema(true))
                .addProperty(
                        "type",
                        string("One URI per kind of problem (see libs/problems/README.md)")
                                .format("uri")
                                .examples(List.of(Problems.TYPE_BASE + "invalid-request")))
                .addProperty("title", string("The HTTP reason phrase of the status"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .minimum(java.math.BigDecimal.valueOf(400))
                                .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", string("What went wrong, written for a person"))
                .addProperty("instance", string("The request path"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("For invalid input: one entry per offending field")
                                .items(OASFactory.createSchema().ref("#/components/schemas/Violation")));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "in", "message"))
                .additionalPropertiesSchema(OASFactory.createSchema().booleanSchema(false))
                .addProperty(
                        "field",
                        string("Path in the body (rounds[0].questions; $ for the whole body) or the"
                                + " parameter's name"))
                .addProperty("in", string("Where the field is").enumeration(List.of("body", "path", "query", "header")))
                .addProperty("message", string("What is wrong with it"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
