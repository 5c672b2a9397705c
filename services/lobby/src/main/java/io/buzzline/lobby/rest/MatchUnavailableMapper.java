package io.buzzline.lobby.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.buzzline.lobby.messaging.MatchUnavailableException;
import io.buzzline.problems.Problems;

/** A command that could not be queued is a 503 the client may retry, not a 500. */
public class MatchUnavailableMapper {

    @ServerExceptionMapper(priority = 1)
    public Response unavailable(MatchUnavailableException e, UriInfo uri) {
        return Problems.response(503, "match-unavailable", e.getMessage(), uri.getPath());
    }
}
