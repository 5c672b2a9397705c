package io.buzzline.content.web;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents content's optimistic concurrency once, for every resource that uses it: an update that takes an
 * {@code If-Match} header gets that header's meaning, and the read of the same path gets the {@code ETag}
 * header its 200 carries (the version {@link IfMatch} reads back). Resources only declare the header
 * parameter and their 412/428 refusals; the rest would be the same lines on every document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ConditionalRequests implements OASFilter {

    static final String IF_MATCH = "The ETag of the version the change is based on";
    static final String ETAG = "The version read, as a strong entity tag: send it back in If-Match to change it";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            boolean conditional = false;
            for (Operation update : new Operation[] {item.getPUT(), item.getPATCH(), item.getDELETE()}) {
                Parameter ifMatch = update == null ? null : ifMatch(update);
                if (ifMatch != null) {
                    ifMatch.description(IF_MATCH);
                    conditional = true;
                }
            }
            if (conditional && item.getGET() != null && item.getGET().getResponses() != null) {
                APIResponse ok = item.getGET().getResponses().getAPIResponse("200");
                if (ok != null) {
                    ok.headers(Map.of(
                            HttpHeaders.ETAG,
                            OASFactory.createHeader()
                                    .description(ETAG)
                                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
                }
            }
        }
    }

    private static Parameter ifMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
    }
}
