package io.buzzline.match.rest;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.buzzline.events.json.EventCodec;
import io.buzzline.match.log.EventLog;
import io.buzzline.match.redis.MatchKeys;
import io.buzzline.problems.ProblemException;
import io.buzzline.security.Roles;

/**
 * Read access to a game's whole log, answer keys included (QUESTIONS_LOADED): internal, for services only
 * (a gateway refilling a gap or a resume when it cannot read Redis itself projects it per role, as it does
 * the live events). Nothing public routes here; match is cluster-local (deploy/knative).
 */
@Path("/games/{gameId}/events")
@RolesAllowed(Roles.SERVICE)
public class GameLogResource {

    private final EventLog log;
    private final MatchKeys keys;
    private final EventCodec codec = new EventCodec();

    public GameLogResource(EventLog log, MatchKeys keys) {
        this.log = log;
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The game's events with a sequence above `after`, in order (the full log for 0)",
            description = "Services only: the log holds every answer key from the start of the game.")
    @APIResponse(responseCode = "200", description = "The events, in the canon's JSON")
    @APIResponse(responseCode = "400", description = "`after` is negative")
    @APIResponse(responseCode = "404", description = "No such game")
    public Uni<String> events(
            @PathParam("gameId") String gameId, @QueryParam("after") @DefaultValue("0") @Min(0) long after) {
        return log.readAfter(keys.game(gameId), after).map(events -> {
            if (events.isEmpty() && after == 0) {
                throw new ProblemException(404, "game-not-found", "No game has this id.");
            }
            return events.stream().map(e -> codec.encode(e.event())).collect(Collectors.joining(",", "[", "]"));
        });
    }
}
