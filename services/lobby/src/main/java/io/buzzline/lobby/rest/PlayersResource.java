package io.buzzline.lobby.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.lobby.game.LobbyProblem;
import io.buzzline.lobby.game.LobbyService;
import io.buzzline.lobby.token.Role;
import io.buzzline.lobby.token.TokenIssuer;
import io.buzzline.security.Roles;

/** Leaving a game (the player's own token) and kicking a player (the host's token). */
@Path("/games/{gameId}/players/{playerId}")
@Tag(name = "join", description = "Joining a game: by join code, as a player or a spectator, or through quick play")
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "The player or host token the lobby issued on join or create.")
public class PlayersResource {

    private final LobbyService lobby;
    private final JsonWebToken token;

    public PlayersResource(LobbyService lobby, JsonWebToken token) {
        this.lobby = lobby;
        this.token = token;
    }

    @DELETE
    @RolesAllowed({Roles.HOST, Roles.PLAYER})
    @Operation(
            summary = "Leave a game, or remove a player from it",
            description = "With the player's own token: leave (the nickname is freed). With the host's token:"
                    + " kick (the player may not rejoin).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token is for another game or player")
    @APIResponse(responseCode = "404", description = "The player is not in this game")
    public Response remove(
            @PathParam("gameId") @Pattern(regexp = "g_[a-f0-9]{16}") String gameId,
            @PathParam("playerId") @Pattern(regexp = "p_[A-Za-z0-9_-]{16}") String playerId) {
        if (!gameId.equals(token.getClaim(TokenIssuer.GAME_CLAIM))) {
            throw new LobbyProblem(403, "wrong-game", "This token is for another game.");
        }
        if (token.getGroups().contains(Role.HOST.group())) {
            lobby.kick(gameId, token.getSubject(), playerId);
        } else if (playerId.equals(token.getSubject())) {
            lobby.leave(gameId, playerId);
        } else {
            throw new LobbyProblem(403, "not-your-player", "A player can only remove themselves.");
        }
        return Response.noContent().build();
    }
}
