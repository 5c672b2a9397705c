package io.buzzline.lobby.rest;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.events.wire.JoinCode;
import io.buzzline.lobby.game.JoinRefusal;
import io.buzzline.lobby.game.LobbyProblem;
import io.buzzline.lobby.game.LobbyService;
import io.buzzline.lobby.game.SpectatorPass;
import io.buzzline.lobby.identity.PlayerClaim;
import io.buzzline.lobby.rest.GameApi.GameView;
import io.buzzline.lobby.rest.GameApi.JoinRequest;
import io.buzzline.lobby.rest.GameApi.JoinResponse;
import io.buzzline.lobby.rest.GameApi.SpectatorResponse;

/** Join codes: look a game up by the code players type, and join it. */
@Path("/codes/{code}")
@Tag(name = "join", description = "Joining a game: by join code, as a player or a spectator, or through quick play")
@Produces(MediaType.APPLICATION_JSON)
public class CodesResource {

    private static final String CODE = "The join code as typed: case, spaces and dashes are ignored";

    private final LobbyService lobby;
    private final JsonWebToken token;

    public CodesResource(LobbyService lobby, JsonWebToken token) {
        this.lobby = lobby;
        this.token = token;
    }

    @GET
    @PermitAll
    @Operation(summary = "Look a live game up by its join code", description = "Case, spaces and dashes are ignored.")
    @APIResponse(
            responseCode = "200",
            description = "The game",
            content = @Content(schema = @Schema(implementation = GameView.class)))
    @APIResponse(responseCode = "400", description = "Not a join code")
    @APIResponse(responseCode = "404", description = "No live game has this code")
    public GameView lookUp(
            @PathParam("code")
                    @Parameter(
                            description = CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = JoinCode.TYPED_PATTERN))
                    String code) {
        String gameId = lobby.gameIdForTypedCode(code);
        return lobby.find(gameId).map(Views::of).orElseThrow(() -> LobbyProblem.of(JoinRefusal.NO_SUCH_GAME));
    }

    @POST
    @PermitAll
    @Path("/players")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Join a game with a nickname",
            description = "Creates a guest identity on first join; with playerId and credential the same player"
                    + " comes back with the same nickname and score. A player signed in to their account (profile's"
                    + " POST /sessions) sends its account token as `Authorization: Bearer` instead, and joins as that"
                    + " player (no credential is returned).")
    @APIResponse(
            responseCode = "201",
            description = "Joined (or rejoined)",
            content = @Content(schema = @Schema(implementation = JoinResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request or code")
    @APIResponse(
            responseCode = "401",
            description = "playerId and credential do not match, or the Authorization token is not valid")
    @APIResponse(
            responseCode = "403",
            description = "The host removed this player, or the token is not an account token")
    @APIResponse(responseCode = "404", description = "No live game has this code")
    @APIResponse(responseCode = "409", description = "Nickname taken, game full or already started")
    @APIResponse(responseCode = "410", description = "The game is over")
    @APIResponse(responseCode = "422", description = "Nickname refused by the rules or the filter")
    public Response join(
            @PathParam("code")
                    @Parameter(
                            description = CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = JoinCode.TYPED_PATTERN))
                    String code,
            @NotNull @Valid JoinRequest request) {
        // The code first: a join to no game is a 400 or a 404 whatever the token says (the documented order).
        String gameId = lobby.gameIdForTypedCode(code);
        Optional<PlayerClaim> identity = Identities.claimed(request.playerId(), request.credential(), token);
        JoinResponse body = Views.of(lobby.join(gameId, request.nickname(), identity));
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    @POST
    @PermitAll
    @Path("/spectators")
    @Operation(
            summary = "Watch a game",
            description = "A spectator token for the game's WebSocket: its public events (questions, reveals,"
                    + " leaderboards), never an answer key before its reveal; no seat, no nickname.")
    @APIResponse(
            responseCode = "201",
            description = "A spectator token",
            content = @Content(schema = @Schema(implementation = SpectatorResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a join code")
    @APIResponse(responseCode = "404", description = "No live game has this code")
    public Response spectate(
            @PathParam("code")
                    @Parameter(
                            description = CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = JoinCode.TYPED_PATTERN))
                    String code) {
        SpectatorPass pass = lobby.spectate(code);
        return Response.status(Response.Status.CREATED)
                .entity(new SpectatorResponse(
                        pass.gameId(),
                        pass.spectatorId(),
                        pass.token().token(),
                        pass.token().expiresAt()))
                .build();
    }
}
