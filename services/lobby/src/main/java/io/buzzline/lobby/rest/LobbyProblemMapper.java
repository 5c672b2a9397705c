package io.buzzline.lobby.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.buzzline.lobby.game.LobbyProblem;

/**
 * Renders a refused lobby request as RFC 9457 problem+json with a stable, documented type, in the
 * same shape quarkus-resteasy-problem gives every other error.
 */
@Provider
public class LobbyProblemMapper implements ExceptionMapper<LobbyProblem> {

    /** Base of every problem type URI the lobby returns; the README lists the types. */
    public static final String TYPE_BASE = "https://buzzline.dev/problems/";

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(LobbyProblem problem) {
        return render(problem, uriInfo.getPath());
    }

    static Response render(LobbyProblem problem, String instance) {
        Response.Status status = Response.Status.fromStatusCode(problem.status());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + problem.type());
        body.put("title", status == null ? "Error" : status.getReasonPhrase());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("instance", instance);
        return Response.status(problem.status())
                .type("application/problem+json")
                .entity(body)
                .build();
    }
}
