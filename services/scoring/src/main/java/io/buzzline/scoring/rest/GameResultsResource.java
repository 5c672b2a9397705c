package io.buzzline.scoring.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.scoring.repository.GameResultRepository;
import io.buzzline.scoring.repository.PlayerGameRepository;
import io.buzzline.scoring.rest.Views.GameResultsView;

/** Results of finished games. */
@Path("/games/{gameId}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Games", description = "A finished game's results")
public class GameResultsResource {

    private final GameResultRepository results;
    private final PlayerGameRepository lines;

    public GameResultsResource(GameResultRepository results, PlayerGameRepository lines) {
        this.results = results;
        this.lines = lines;
    }

    @GET
    @PermitAll
    @WithSession
    @Operation(summary = "A finished game's final places, scores and rating changes")
    @APIResponse(responseCode = "200", description = "The results, best first")
    @APIResponse(responseCode = "404", description = "No finished game with this id")
    public Uni<GameResultsView> results(@PathParam("gameId") String gameId) {
        return results.findById(gameId).flatMap(game -> {
            if (game == null) {
                throw ScoringProblem.notFound("game-not-found", "No finished game " + gameId + ".");
            }
            return lines.results(gameId).map(players -> ViewMapping.results(game, players));
        });
    }
}
