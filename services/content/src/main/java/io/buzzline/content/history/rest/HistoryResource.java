package io.buzzline.content.history.rest;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.content.history.GameArchive;
import io.buzzline.content.history.GameRecord;
import io.buzzline.content.question.Page;
import io.buzzline.content.web.KeyAccess;
import io.buzzline.content.web.Paging;
import io.buzzline.events.Visibility;
import io.buzzline.events.json.EventCodec;

/** Reads of the finished-game archive: by game, a game's event log, and by player. */
@Path("/history")
@Tag(name = "history", description = "Finished games' archived logs and a player's recent games")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private final GameArchive archive;
    private final KeyAccess access;
    private final EventCodec codec = new EventCodec();

    public HistoryResource(GameArchive archive, KeyAccess access) {
        this.archive = archive;
        this.access = access;
    }

    @GET
    @PermitAll
    @Path("/games/{gameId}")
    @Operation(summary = "A finished game: times, end reason, event count, ranked results")
    @APIResponse(responseCode = "200", description = "The game")
    @APIResponse(responseCode = "404", description = "Not archived")
    public GameRecord game(@PathParam("gameId") String gameId) {
        return archive.game(gameId);
    }

    @GET
    @PermitAll
    @Path("/games/{gameId}/events")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A finished game's event log, in sequence order, in the canon's JSON",
            description = "Editors and services read the whole log; anyone else its public events"
                    + " only: the pack's answer keys (QUESTIONS_LOADED) include questions never revealed, which"
                    + " later games may ask.")
    @APIResponse(responseCode = "200", description = "The events, as a JSON array")
    @APIResponse(responseCode = "404", description = "Not archived")
    @APIResponse(responseCode = "401", description = KeyAccess.INVALID_TOKEN)
    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)
    public String events(@PathParam("gameId") String gameId) {
        List<String> events = archive.events(gameId);
        if (!access.keysVisible()) {
            events = events.stream()
                    .filter(json -> codec.decode(json).event().visibility() instanceof Visibility.Public)
                    .toList();
        }
        return "[" + String.join(",", events) + "]";
    }

    @GET
    @PermitAll
    @Path("/players/{playerId}/games")
    @Operation(summary = "A player's finished games, most recent first, page by page")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A parameter is out of range")
    public GamePage gamesOf(
            @PathParam("playerId") String playerId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Pattern(regexp = Paging.CURSOR) String cursor) {
        Page<GameRecord> page = archive.gamesOf(playerId, limit, Optional.ofNullable(cursor));
        return new GamePage(page.items(), page.nextCursor().orElse(null));
    }

    /** One page of a player's games. */
    @Schema(name = "GamePage")
    public record GamePage(
            List<GameRecord> items, @Schema(nullable = true) String nextCursor) {}
}
