package io.buzzline.problems;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body sent without a Content-Type (415). Quarkus REST would otherwise guess JSON and
 * accept it, so a client could never learn that it forgot the header.
 */
public class ContentTypeFilter {

    @ServerRequestFilter
    public Optional<Response> requireContentType(ContainerRequestContext request) {
        if (request.hasEntity() && request.getMediaType() == null) {
            return Optional.of(unsupported(request.getUriInfo().getPath()));
        }
        return Optional.empty();
    }

    static Response unsupported(String instance) {
        return Problems.response(
                415,
                "unsupported-media-type",
                "Send the body as JSON with the header 'Content-Type: application/json'.",
                instance);
    }
}
