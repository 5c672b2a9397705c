package io.buzzline.profile.shop.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.wallet.CatalogueItem;
import io.buzzline.wallet.ItemKind;

/** A shop item as clients see it. */
@Schema(name = "ShopItem")
public record ItemView(
        String id,
        ItemKind kind,
        String name,
        @Schema(description = "Coins") long price,

        @Schema(nullable = true, description = "On sale from (inclusive); absent: always was")
        Instant availableFrom,

        @Schema(nullable = true, description = "On sale until (exclusive); absent: no end")
        Instant availableUntil,

        @Schema(description = "Whether it can be bought now")
        boolean onSale) {

    public static ItemView of(CatalogueItem item, Instant now) {
        return new ItemView(
                item.id(),
                item.kind(),
                item.name(),
                item.price(),
                item.availableFrom().orElse(null),
                item.availableUntil().orElse(null),
                item.onSaleAt(now));
    }
}
