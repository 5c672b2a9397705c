package io.buzzline.lobby.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.buzzline.lobby.game.LobbyProblem;
import io.buzzline.lobby.messaging.MatchUnavailableException;

/** A command that could not be queued is a 503 the client may retry, not a 500. */
@Provider
public class MatchUnavailableMapper implements ExceptionMapper<MatchUnavailableException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(MatchUnavailableException e) {
        return LobbyProblemMapper.render(new LobbyProblem(503, "match-unavailable", e.getMessage()), uriInfo.getPath());
    }
}
