package io.buzzline.profile.wallet.rest;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.profile.wallet.WalletService;
import io.buzzline.profile.wallet.store.NumberedEntry;
import io.buzzline.profile.web.CurrentPlayer;
import io.buzzline.security.Roles;

/** A player's own wallet, ledger and inventory. */
@Path("/")
@Tag(name = "wallet", description = "The player's coins, every movement of them, and what they own")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLAYER)
public class WalletResource {

    private final WalletService wallets;
    private final CurrentPlayer player;

    public WalletResource(WalletService wallets, CurrentPlayer player) {
        this.wallets = wallets;
        this.player = player;
    }

    @GET
    @Path("wallets/me")
    @Operation(summary = "My balance", description = "A player nothing was granted to yet has a balance of 0.")
    @APIResponse(responseCode = "200", description = "The wallet")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a player's token")
    public WalletView wallet() {
        return WalletView.of(wallets.wallet(player.id()));
    }

    @GET
    @Path("wallets/me/ledger")
    @Operation(summary = "My ledger, newest first", description = "Every coin in and out, with why.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a player's token")
    public LedgerPage ledger(
            @Parameter(description = "Entries per page, 1 to 100")
                    @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(1)
                    @Max(100)
                    int limit,
            @Parameter(description = "The previous page's nextBefore") @QueryParam("before") @Min(2) Long before) {
        List<NumberedEntry> entries = wallets.entries(player.id(), limit, Optional.ofNullable(before));
        Long next = entries.size() == limit && entries.getLast().seq() > 1
                ? entries.getLast().seq()
                : null;
        return new LedgerPage(
                entries.stream()
                        .map(e -> LedgerEntryView.of(e.seq(), e.entry()))
                        .toList(),
                next);
    }

    @GET
    @Path("inventory/me")
    @Operation(summary = "What I own, oldest first")
    @APIResponse(responseCode = "200", description = "The items")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a player's token")
    public List<OwnedItemView> inventory() {
        return wallets.owned(player.id()).stream().map(OwnedItemView::of).toList();
    }
}
