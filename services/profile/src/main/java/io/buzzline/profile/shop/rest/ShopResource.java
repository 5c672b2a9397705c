package io.buzzline.profile.shop.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.profile.shop.PurchaseOutcome;
import io.buzzline.profile.shop.ShopService;
import io.buzzline.profile.web.CurrentPlayer;
import io.buzzline.profile.web.Ids;
import io.buzzline.security.Roles;

/** The cosmetics shop: the catalogue (editors manage it, anyone reads it) and players' purchases. */
@Path("/shop")
@Tag(name = "shop", description = "The cosmetics catalogue and purchases")
@Produces(MediaType.APPLICATION_JSON)
public class ShopResource {

    private static final String ITEM_ID = Ids.ID;

    private final ShopService shop;
    private final CurrentPlayer player;
    private final Clock clock;

    public ShopResource(ShopService shop, CurrentPlayer player, Clock clock) {
        this.shop = shop;
        this.player = player;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Path("/items")
    @Operation(summary = "List the items on sale now")
    @APIResponse(responseCode = "200", description = "The items on sale now, in id order")
    public List<ItemView> items() {
        Instant now = clock.instant();
        return shop.items(false).stream().map(item -> ItemView.of(item, now)).toList();
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Path("/catalogue")
    @Operation(summary = "List every item, on sale or not (editors)")
    @APIResponse(responseCode = "200", description = "Every item, in id order")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor")
    public List<ItemView> catalogue() {
        Instant now = clock.instant();
        return shop.items(true).stream().map(item -> ItemView.of(item, now)).toList();
    }

    @GET
    @PermitAll
    @Path("/items/{itemId}")
    @Operation(summary = "Read an item, on sale or not")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No such item (`item-not-found`)")
    public ItemView item(@PathParam("itemId") @Pattern(regexp = ITEM_ID) String itemId) {
        return ItemView.of(shop.item(itemId), clock.instant());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create or replace an item (editors)",
            description = "A new price or window applies to purchases from now on; what was bought stays bought.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule; each violation names it")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor")
    public Response put(
            @PathParam("itemId") @Pattern(regexp = ITEM_ID) String itemId, @NotNull @Valid ItemInput input) {
        var item = input.toItem(itemId);
        boolean created = shop.put(item);
        return Response.status(created ? 201 : 200)
                .entity(ItemView.of(item, clock.instant()))
                .build();
    }

    @POST
    @RolesAllowed(Roles.PLAYER)
    @Path("/purchases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Buy an item",
            description = "Debits the price and adds the item to the inventory in one step. Once per"
                    + " Idempotency-Key: the same request sent again (a timeout, a retry) answers 200 with the"
                    + " purchase already made and buys nothing twice.")
    @APIResponse(
            responseCode = "201",
            description = "Bought",
            content = @Content(schema = @Schema(implementation = PurchaseView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Bought before with this Idempotency-Key: that purchase",
            content = @Content(schema = @Schema(implementation = PurchaseView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a player's token")
    @APIResponse(
            responseCode = "409",
            description = "`price-changed` (the price now is not the one sent), `already-owned`,"
                    + " `insufficient-funds`, or `idempotency-key-in-use` (the key bought another item)")
    @APIResponse(responseCode = "422", description = "`unknown-item`, or `not-on-sale` (outside its sale window)")
    @APIResponse(
            responseCode = "503",
            description = "`wallet-busy`: too many changes to this wallet at once; nothing written, send the same"
                    + " request again after Retry-After")
    public Response purchase(
            @Parameter(description = "Makes the purchase happen once: 1 to 128 of A-Z a-z 0-9 . _ ~ -", required = true)
                    @HeaderParam("Idempotency-Key")
                    @NotNull
                    @Pattern(regexp = "[A-Za-z0-9._~-]{1,128}")
                    String idempotencyKey,
            @NotNull @Valid PurchaseInput input) {
        PurchaseOutcome outcome = shop.purchase(player.id(), input.itemId(), input.price(), idempotencyKey);
        return switch (outcome) {
            case PurchaseOutcome.Bought bought ->
                Response.status(201).entity(PurchaseView.of(bought.debit())).build();
            case PurchaseOutcome.Replayed replayed ->
                Response.ok(PurchaseView.of(replayed.debit())).build();
            case PurchaseOutcome.Refused refused ->
                throw new IllegalStateException("a refusal is thrown by the service: " + refused.reason());
        };
    }
}
