package io.buzzline.scoring.rest;

import java.time.Clock;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.scoring.config.ScoringKeys;
import io.buzzline.scoring.leaderboard.LeaderboardStore;
import io.buzzline.scoring.leaderboard.Neighbourhood;
import io.buzzline.scoring.leaderboard.Period;
import io.buzzline.scoring.leaderboard.Standing;
import io.buzzline.scoring.rest.Views.LeaderboardView;
import io.buzzline.scoring.rest.Views.NeighbourhoodView;
import io.buzzline.scoring.rest.Views.StandingView;

/** Live leaderboards: a game's, and the global daily, weekly and all-time ones. */
@Path("/leaderboards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leaderboards", description = "Cross-game leaderboards")
@APIResponse(responseCode = "400", description = "Invalid parameter")
@APIResponse(responseCode = "404", description = "No such board, or the player is not on it")
public class LeaderboardResource {

    private final LeaderboardStore store;
    private final ScoringKeys keys;
    private final Clock clock;

    public LeaderboardResource(LeaderboardStore store, ScoringKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Path("/games/{gameId}")
    @Operation(summary = "A game's live leaderboard, best first")
    @APIResponse(responseCode = "200", description = "A page of the board")
    public LeaderboardView game(
            @PathParam("gameId") String gameId,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return page("game:" + gameId, keys.gameBoard(gameId), limit, offset, "game " + gameId);
    }

    @GET
    @PermitAll
    @Path("/games/{gameId}/players/{playerId}")
    @Operation(summary = "A player's place on a game's board, with the places around it")
    @APIResponse(responseCode = "200", description = "The player's neighbourhood")
    public NeighbourhoodView gamePlayer(@PathParam("gameId") String gameId, @PathParam("playerId") String playerId) {
        return around("game:" + gameId, keys.gameBoard(gameId), playerId);
    }

    @GET
    @PermitAll
    @Path("/global/{period}")
    @Operation(summary = "A global leaderboard of finished games' points: today's, this week's (UTC) or all time")
    @APIResponse(responseCode = "200", description = "A page of the board; empty if nobody scored yet")
    public LeaderboardView global(
            @PathParam("period")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"daily", "weekly", "all-time"}))
                    String period,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        String name = boardName(period);
        return view(name, keys.globalBoard(name), limit, offset);
    }

    @GET
    @PermitAll
    @Path("/global/{period}/players/{playerId}")
    @Operation(summary = "A player's place on a global board, with the places around it")
    @APIResponse(responseCode = "200", description = "The player's neighbourhood")
    public NeighbourhoodView globalPlayer(
            @PathParam("period")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"daily", "weekly", "all-time"}))
                    String period,
            @PathParam("playerId") String playerId) {
        String name = boardName(period);
        return around(name, keys.globalBoard(name), playerId);
    }

    private String boardName(String path) {
        Period period = Period.fromPath(path);
        if (period == null) {
            throw ScoringProblem.notFound(
                    "leaderboard-not-found", "No leaderboard '" + path + "': daily, weekly or all-time.");
        }
        return period.boardName(clock.instant());
    }

    private LeaderboardView page(String name, String key, int limit, int offset, String what) {
        if (store.size(key) == 0) {
            throw ScoringProblem.notFound("leaderboard-not-found", "No leaderboard for " + what + ".");
        }
        return view(name, key, limit, offset);
    }

    private LeaderboardView view(String name, String key, int limit, int offset) {
        return new LeaderboardView(
                name,
                store.size(key),
                store.top(key, offset, limit).stream()
                        .map(LeaderboardResource::standing)
                        .toList());
    }

    private NeighbourhoodView around(String name, String key, String playerId) {
        Neighbourhood found = store.neighbourhood(key, playerId)
                .orElseThrow(() -> ScoringProblem.notFound(
                        "player-not-on-leaderboard", "Player " + playerId + " is not on " + name + "."));
        return new NeighbourhoodView(
                name,
                standing(found.you()),
                found.ahead().map(LeaderboardResource::standing).orElse(null),
                found.behind().map(LeaderboardResource::standing).orElse(null),
                found.pointsBehindAhead(),
                found.players());
    }

    private static StandingView standing(Standing standing) {
        return new StandingView(standing.rank(), standing.playerId(), standing.score());
    }
}
