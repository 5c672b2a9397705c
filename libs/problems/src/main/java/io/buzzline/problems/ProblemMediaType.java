package io.buzzline.problems;

import java.lang.annotation.Annotation;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Serves every problem as {@code application/problem+json}. Quarkus REST otherwise keeps the media
 * type it negotiated for the resource method (application/json) when a mapper answers for it.
 */
public class ProblemMediaType {

    private static final MediaType PROBLEM = MediaType.valueOf(Problems.MEDIA_TYPE);
    private static final Annotation[] NONE = new Annotation[0];

    @ServerResponseFilter
    public void problemJson(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem) {
            // No annotations: a Problem needs none to be written, and asking for the resource method's throws
            // when no method was chosen (a Content-Type none of a path's several @Consumes methods reads: a 415).
            response.setEntity(response.getEntity(), NONE, PROBLEM);
        }
    }
}
