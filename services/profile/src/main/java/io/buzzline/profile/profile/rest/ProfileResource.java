package io.buzzline.profile.profile.rest;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.profile.profile.ProfileService;
import io.buzzline.profile.web.CurrentPlayer;
import io.buzzline.profile.web.Ids;
import io.buzzline.security.Roles;

/** Players' profiles: anyone reads one; a player sets their own. */
@Path("/profiles")
@Tag(name = "profiles", description = "Display names and equipped cosmetics")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService profiles;
    private final CurrentPlayer player;

    public ProfileResource(ProfileService profiles, CurrentPlayer player) {
        this.profiles = profiles;
        this.player = player;
    }

    @GET
    @PermitAll
    @Path("/{playerId}")
    @Operation(summary = "Read a player's profile", description = "A player who set nothing has an empty one.")
    @APIResponse(responseCode = "200", description = "The profile")
    public ProfileView get(@PathParam("playerId") @Pattern(regexp = Ids.ID) String playerId) {
        return ProfileView.of(profiles.get(playerId));
    }

    @PUT
    @RolesAllowed(Roles.PLAYER)
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set my display name and equipped cosmetics")
    @APIResponse(responseCode = "200", description = "The profile as set")
    @APIResponse(
            responseCode = "400",
            description = "A field breaks a rule, or an item is of another kind than its slot")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a player's token")
    @APIResponse(responseCode = "409", description = "`not-owned`: an equipped item is not in the inventory")
    public ProfileView put(@NotNull @Valid ProfileInput input) {
        return ProfileView.of(profiles.update(
                player.id(),
                Optional.ofNullable(input.displayName()),
                input.equipped().bySlot()));
    }
}
