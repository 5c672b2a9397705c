package io.buzzline.problems;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Serves every problem as {@code application/problem+json}. Quarkus REST otherwise keeps the media
 * type it negotiated for the resource method (application/json) when a mapper answers for it.
 */
public class ProblemMediaType {

    private static final MediaType PROBLEM = MediaType.valueOf(Problems.MEDIA_TYPE);

    @ServerResponseFilter
    public void problemJson(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem) {
            response.setEntity(response.getEntity(), response.getEntityAnnotations(), PROBLEM);
        }
    }
}
