package io.buzzline.scoring.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders every refused request as RFC 9457 problem+json: scoring's own problems with their
 * documented type, and the framework's (unknown path, unparsable parameter) with their status.
 */
public class ProblemMappers {

    /** Base of every problem type URI scoring returns; the README lists the types. */
    public static final String TYPE_BASE = "https://buzzline.dev/problems/";

    @ServerExceptionMapper
    public Response scoring(ScoringProblem problem, UriInfo uri) {
        return render(problem.status(), problem.type(), problem.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String type = status == 404 ? "not-found" : status == 405 ? "method-not-allowed" : "invalid-request";
        return render(status, type, e.getMessage(), uri);
    }

    private static Response render(int status, String type, String detail, UriInfo uri) {
        Response.Status known = Response.Status.fromStatusCode(status);
        ProblemDetail body = new ProblemDetail(
                TYPE_BASE + type, known == null ? "Error" : known.getReasonPhrase(), status, detail, uri.getPath());
        return Response.status(status)
                .type("application/problem+json")
                .entity(body)
                .build();
    }
}
