package io.buzzline.lobby.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.lobby.game.CreatedGame;
import io.buzzline.lobby.game.LobbyProblem;
import io.buzzline.lobby.game.LobbyService;
import io.buzzline.lobby.rest.GameApi.CreateGameRequest;
import io.buzzline.lobby.rest.GameApi.CreatedGameResponse;
import io.buzzline.lobby.rest.GameApi.GameView;
import io.buzzline.lobby.rest.GameApi.PresenceView;

/** Games: create, look up, list public ones, presence. */
@Path("/games")
@Tag(name = "games", description = "Creating a game (host token) and reading a game's lobby state and presence")
@Produces(MediaType.APPLICATION_JSON)
public class GamesResource {

    private final LobbyService lobby;

    public GamesResource(LobbyService lobby) {
        this.lobby = lobby;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a game", description = "Returns the game id, its join code and the host token.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CreatedGameResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid settings")
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is still being processed")
    @APIResponse(
            responseCode = "422",
            description = "The question bank cannot fill this game (language, categories, number of questions),"
                    + " or content holds no pack with this packId or one too small for the game")
    @APIResponse(responseCode = "503", description = "Content or match cannot be reached; nothing was created, retry")
    public Response create(
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_.:-]{8,100}") String idempotencyKey,
            @NotNull @Valid CreateGameRequest request) {
        CreatedGame created = lobby.create(SettingsMapper.toNewGame(request), Optional.ofNullable(idempotencyKey));
        CreatedGameResponse body = new CreatedGameResponse(
                created.game().gameId(),
                created.game().joinCode(),
                created.hostToken().token(),
                created.hostToken().expiresAt(),
                Views.of(created.game()));
        return Response.created(URI.create("/games/" + created.game().gameId()))
                .entity(body)
                .build();
    }

    @GET
    @PermitAll
    @Path("/{gameId}")
    @Operation(summary = "Look a game up by id")
    @APIResponse(
            responseCode = "200",
            description = "The game",
            content = @Content(schema = @Schema(implementation = GameView.class)))
    @APIResponse(responseCode = "404", description = "No such game")
    public GameView get(@PathParam("gameId") @Pattern(regexp = "g_[a-f0-9]{16}") String gameId) {
        return lobby.find(gameId).map(Views::of).orElseThrow(GamesResource::notFound);
    }

    @GET
    @PermitAll
    @Operation(summary = "List open public games", description = "Oldest first, optionally by language and category.")
    @APIResponse(responseCode = "200", description = "Open public games")
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public List<GameView> list(
            @QueryParam("language") @Pattern(regexp = "[a-z]{2}") String language,
            @QueryParam("category") @Pattern(regexp = "[a-z0-9-]{1,40}") String category,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return lobby.publicGames(Optional.ofNullable(language), Optional.ofNullable(category), limit).stream()
                .map(Views::of)
                .toList();
    }

    @GET
    @PermitAll
    @Path("/{gameId}/presence")
    @Operation(summary = "How many of the game's players are connected", description = "As reported by the gateways.")
    @APIResponse(
            responseCode = "200",
            description = "Presence",
            content = @Content(schema = @Schema(implementation = PresenceView.class)))
    @APIResponse(responseCode = "404", description = "No such game")
    public PresenceView presence(@PathParam("gameId") @Pattern(regexp = "g_[a-f0-9]{16}") String gameId) {
        GameView game = get(gameId);
        return new PresenceView(gameId, game.players(), lobby.presence(gameId));
    }

    static LobbyProblem notFound() {
        return new LobbyProblem(404, "game-not-found", "No game has this id.");
    }
}
