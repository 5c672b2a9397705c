package io.buzzline.match.rest;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Security failures as problem+json: no valid token is a 401 with a Bearer challenge, a token without the
 * role a 403. Written here because quarkus-resteasy-problem 3.21.0's own mappers fail against Quarkus
 * 3.34's security classes (NoSuchFieldError on ChallengeData), turning every 401 into a 500.
 */
public class SecurityProblemMapper {

    @ServerExceptionMapper(
            value = {UnauthorizedException.class, AuthenticationFailedException.class},
            priority = 1)
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(
                        problem(401, "Unauthorized", "Send a valid token as 'Authorization: Bearer <token>'.", uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper(value = ForbiddenException.class, priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", "This token's role may not do that (docs/security.md).", uri);
    }

    private static Response problem(int status, String title, String detail, UriInfo uri) {
        return Response.status(status)
                .type("application/problem+json")
                .entity(Map.of(
                        "type", "about:blank",
                        "title", title,
                        "status", status,
                        "detail", detail,
                        "instance", "/" + uri.getPath().replaceFirst("^/", "")))
                .build();
    }
}
