package io.buzzline.problems;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body sent without a Content-Type, or with a wildcard one such as {@code *}{@code /*} (415).
 * Quarkus REST would otherwise guess JSON and accept it, so a client could never learn that it forgot the
 * header.
 */
public class ContentTypeFilter {

    @ServerRequestFilter
    public Optional<Response> requireContentType(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean untyped = type == null || type.isWildcardType() || type.isWildcardSubtype();
        if (untyped && hasBody(request)) {
            return Optional.of(unsupported(request.getUriInfo().getPath()));
        }
        return Optional.empty();
    }

    /**
     * Whether the request carries a body, by its framing headers. Not {@code hasEntity()}: Quarkus REST
     * answers that from the Content-Type, so without one it always says no (issue 18's contract suite found
     * bodies without a Content-Type accepted as JSON).
     */
    static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    static Response unsupported(String instance) {
        return Problems.response(
                415,
                "unsupported-media-type",
                "Send the body as JSON with the header 'Content-Type: application/json'.",
                instance);
    }
}
