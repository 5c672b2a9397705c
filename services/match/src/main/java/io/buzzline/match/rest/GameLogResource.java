package io.buzzline.match.rest;

import java.util.stream.Collectors;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.buzzline.events.json.EventCodec;
import io.buzzline.match.log.EventLog;
import io.buzzline.match.log.MatchKeys;

/** Read access to a game's log: what a gateway refills a gap or a resume from when it cannot read Redis itself. */
@Path("/games/{gameId}/events")
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
    @Operation(summary = "The game's events with a sequence above `after`, in order (the full log for 0)")
    public Uni<String> events(
            @PathParam("gameId") String gameId, @QueryParam("after") @DefaultValue("0") @Min(0) long after) {
        return log.readAfter(keys.game(gameId), after).map(events -> {
            if (events.isEmpty() && after == 0) {
                throw new NotFoundException("no game " + gameId);
            }
            return events.stream().map(e -> codec.encode(e.event())).collect(Collectors.joining(",", "[", "]"));
        });
    }
}
