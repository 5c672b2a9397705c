package io.buzzline.problems;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Security failures as problem+json for every service that checks roles: no valid token is a 401
 * with a Bearer challenge, a token without the role a 403 (who may call what: docs/security.md).
 */
public class SecurityProblems {

    @ServerExceptionMapper(
            value = {UnauthorizedException.class, AuthenticationFailedException.class},
            priority = 1)
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(
                        401,
                        "unauthenticated",
                        "Send a valid token as 'Authorization: Bearer <token>'.",
                        uri.getPath()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper(value = ForbiddenException.class, priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(
                403, "forbidden", "This token's role may not do that (docs/security.md).", uri.getPath());
    }
}
