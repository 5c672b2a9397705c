package io.buzzline.profile.account.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.profile.account.AccountService;
import io.buzzline.profile.account.StoredAccount;
import io.buzzline.profile.profile.ProfileService;
import io.buzzline.profile.web.CurrentPlayer;
import io.buzzline.security.Roles;

/** Creating an account for a guest, signing in as it, and a player's own data: read, export, delete. */
@Path("/")
@Tag(name = "accounts", description = "Accounts: a guest upgraded to an address and a password, signing in, my data")
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "A player's token: the lobby's game token (a guest) or this service's account token.")
public class AccountResource {

    private final AccountService accounts;
    private final ProfileService profiles;
    private final CurrentPlayer player;

    public AccountResource(AccountService accounts, ProfileService profiles, CurrentPlayer player) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.player = player;
    }

    @POST
    @RolesAllowed(Roles.PLAYER)
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give my guest identity an account",
            description = "The token's player keeps its id, and with it its wallet, inventory, stats and history;"
                    + " from now on it can sign in from any device.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "Not an address, or a password the policy refuses (`violations`)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a player's token")
    @APIResponse(responseCode = "409", description = "`email-taken`, or `account-exists` (this player has one)")
    public Response create(@NotNull @Valid NewAccountInput input) {
        StoredAccount account =
                accounts.register(player.id(), input.email(), input.password().toCharArray());
        return Response.created(URI.create("/accounts/me"))
                .entity(AccountView.of(account))
                .build();
    }

    @POST
    @PermitAll
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sign in",
            description = "5 wrong passwords within 15 minutes lock the account for 15 minutes, twice as long for"
                    + " each further lockout, up to a day; while locked even the right password is refused.")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = "`invalid-credentials` (the address or the password is wrong)")
    @APIResponse(
            responseCode = "429",
            description = "`account-locked`, with `lockedUntil` and Retry-After; through the gateway's edge also"
                    + " `too-many-sign-ins` (too many attempts from one client address), with Retry-After")
    public SessionView signIn(@NotNull @Valid AccountInput input) {
        AccountService.SignedIn signedIn =
                accounts.signIn(input.email(), input.password().toCharArray());
        return new SessionView(
                signedIn.playerId(), signedIn.token().token(), signedIn.token().expiresAt());
    }

    @GET
    @RolesAllowed(Roles.PLAYER)
    @Path("accounts/me")
    @Operation(summary = "My account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a player's token")
    @APIResponse(responseCode = "404", description = "`no-account`: a guest")
    public AccountView account() {
        return AccountView.of(accounts.account(player.id()));
    }

    @GET
    @RolesAllowed(Roles.PLAYER)
    @Path("accounts/me/export")
    @Operation(summary = "Export my data", description = "Everything this service keeps about the player.")
    @APIResponse(responseCode = "200", description = "The data")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a player's token")
    public ExportView export() {
        return ExportView.of(profiles.export(player.id()));
    }

    @DELETE
    @RolesAllowed(Roles.PLAYER)
    @Path("accounts/me")
    @Operation(
            summary = "Delete my data",
            description = "Account, profile, wallet, ledger and inventory; nothing is granted to the player again."
                    + " Idempotent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a player's token")
    public Response delete() {
        profiles.deleteAll(player.id());
        return Response.noContent().build();
    }
}
