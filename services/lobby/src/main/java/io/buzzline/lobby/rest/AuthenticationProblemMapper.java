package io.buzzline.lobby.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.buzzline.lobby.game.LobbyProblem;

/**
 * Security failures as problem+json: a missing or invalid token is a 401 with a Bearer challenge, a
 * token without the role a 403. Written here because quarkus-resteasy-problem 3.21.0's own mappers
 * fail against Quarkus 3.34's security classes (NoSuchFieldError on ChallengeData).
 */
public class AuthenticationProblemMapper {

    @ServerExceptionMapper(
            value = {UnauthorizedException.class, AuthenticationFailedException.class},
            priority = 1)
    public Response unauthenticated(RuntimeException e, UriInfo uriInfo) {
        return Response.fromResponse(LobbyProblemMapper.render(
                        new LobbyProblem(
                                401, "unauthenticated", "Send a valid token as 'Authorization: Bearer <token>'."),
                        uriInfo.getPath()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper(value = ForbiddenException.class, priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uriInfo) {
        return LobbyProblemMapper.render(
                new LobbyProblem(403, "forbidden", "This token may not do that."), uriInfo.getPath());
    }
}
