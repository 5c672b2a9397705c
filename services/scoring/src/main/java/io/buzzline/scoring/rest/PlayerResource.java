package io.buzzline.scoring.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.scoring.repository.PlayerGameRepository;
import io.buzzline.scoring.repository.PlayerStatsRepository;
import io.buzzline.scoring.rest.Views.PlayerHistoryView;
import io.buzzline.scoring.rest.Views.PlayerStatsView;

/** A player's long-term statistics and history of finished games. */
@Path("/players/{playerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Players", description = "A player's stats and Elo across games")
@APIResponse(responseCode = "400", description = "Invalid parameter")
public class PlayerResource {

    private final PlayerStatsRepository stats;
    private final PlayerGameRepository games;

    public PlayerResource(PlayerStatsRepository stats, PlayerGameRepository games) {
        this.stats = stats;
        this.games = games;
    }

    @GET
    @PermitAll
    @Path("/stats")
    @WithSession
    @Operation(summary = "A player's statistics over every finished game, with their skill rating")
    @APIResponse(responseCode = "200", description = "The statistics")
    @APIResponse(responseCode = "404", description = "The player has not finished a game")
    public Uni<PlayerStatsView> stats(@PathParam("playerId") String playerId) {
        return stats.findById(playerId).map(found -> {
            if (found == null) {
                throw ScoringProblem.notFound("player-not-found", "No statistics for player " + playerId + ".");
            }
            return ViewMapping.stats(found);
        });
    }

    @GET
    @PermitAll
    @Path("/games")
    @WithSession
    @Operation(summary = "A player's finished games, most recent first")
    @APIResponse(responseCode = "200", description = "A page of the history; empty for an unknown player")
    public Uni<PlayerHistoryView> history(
            @PathParam("playerId") String playerId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "How many of the most recent games to skip (default 0)")
                    @QueryParam("offset")
                    @DefaultValue("0")
                    @Min(0)
                    int offset) {
        return games.historySize(playerId).flatMap(total -> games.history(playerId, offset, limit)
                .map(page -> new PlayerHistoryView(
                        playerId,
                        total,
                        offset,
                        page.stream().map(ViewMapping::history).toList())));
    }
}
