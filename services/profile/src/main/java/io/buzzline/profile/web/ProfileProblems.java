package io.buzzline.profile.web;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.buzzline.problems.Problem;
import io.buzzline.problems.Problems;
import io.buzzline.profile.Refused;

/**
 * The service's own refusals in the one problem+json shape of libs/problems; each problem type is listed in
 * the README. The domain says what kind of no it is ({@link Refused.Kind}); this is where it gets a status.
 */
public class ProfileProblems {

    @ServerExceptionMapper(priority = 1)
    public Response refused(Refused e, UriInfo uri) {
        int status =
                switch (e.kind()) {
                    case INVALID -> 400;
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                    case UNUSABLE -> 422;
                    case UNAUTHENTICATED -> 401;
                    case LATER -> 429;
                    case BUSY -> 503;
                };
        List<Problem.Violation> violations = e.field()
                .map(field -> List.of(
                        new Problem.Violation(field, "body", e.getMessage().substring(field.length() + 2))))
                .orElse(null);
        Response response =
                Problems.response(status, e.code(), e.getMessage(), uri.getPath(), violations, e.extensions());
        return e.retryAfter()
                .map(after -> Response.fromResponse(response)
                        .header("Retry-After", Math.max(1, after.toSeconds()))
                        .build())
                .orElse(response);
    }
}
