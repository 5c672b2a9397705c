package io.buzzline.lobby.rest;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.lobby.game.QuickPlay;
import io.buzzline.lobby.rest.GameApi.JoinResponse;
import io.buzzline.lobby.rest.GameApi.QuickPlayRequest;

/** Quick play: into an open public game that matches, or a new public one. */
@Path("/quickplay")
@Tag(name = "join", description = "Joining a game: by join code, as a player or a spectator, or through quick play")
@Produces(MediaType.APPLICATION_JSON)
public class QuickPlayResource {

    private final QuickPlay quickPlay;
    private final JsonWebToken token;

    public QuickPlayResource(QuickPlay quickPlay, JsonWebToken token) {
        this.quickPlay = quickPlay;
        this.token = token;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Join the oldest open public game matching language and category, or start one",
            description = "As a new guest, as a returning guest (playerId and credential), or as a player signed in to"
                    + " their account (profile's account token as `Authorization: Bearer`).")
    @APIResponse(
            responseCode = "201",
            description = "Joined",
            content = @Content(schema = @Schema(implementation = JoinResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(
            responseCode = "401",
            description = "playerId and credential do not match, or the Authorization token is not valid")
    @APIResponse(
            responseCode = "403",
            description = "The game it would join is one whose host removed this player, or the token is not an"
                    + " account token")
    @APIResponse(responseCode = "409", description = "The nickname is taken in the game it would join")
    @APIResponse(responseCode = "422", description = "Nickname refused")
    @APIResponse(responseCode = "503", description = "Content or match cannot be reached; retry")
    public Response quickPlay(@NotNull @Valid QuickPlayRequest request) {
        JoinResponse body = Views.of(quickPlay.join(
                request.nickname(),
                request.language(),
                Optional.ofNullable(request.category()),
                Identities.claimed(request.playerId(), request.credential(), token)));
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
