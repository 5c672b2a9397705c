package io.buzzline.profile.shop.rest;

import java.time.Instant;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.profile.Refused;
import io.buzzline.wallet.CatalogueItem;
import io.buzzline.wallet.ItemKind;

/** An editor's item: what it is, its name, price and sale window. */
@Schema(name = "ShopItemInput", additionalProperties = Schema.False.class)
public record ItemInput(
        @NotNull ItemKind kind,
        @NotBlank @Size(max = 60) String name,

        @Schema(description = "Coins, 1 to 1,000,000", minimum = "1", maximum = "1000000", required = true)
        @Min(1)
        @Max(CatalogueItem.MAX_PRICE)
        long price,

        @Schema(nullable = true, description = "On sale from (inclusive); absent: from now")
        Instant availableFrom,

        @Schema(nullable = true, description = "On sale until (exclusive); must be after availableFrom; absent: no end")
        Instant availableUntil) {

    /** The item, or a refusal naming the field that breaks one of the catalogue's rules. */
    public CatalogueItem toItem(String id) {
        try {
            return new CatalogueItem(
                    id,
                    kind,
                    name.strip(),
                    price,
                    Optional.ofNullable(availableFrom),
                    Optional.ofNullable(availableUntil));
        } catch (CatalogueItem.InvalidItemException e) {
            throw Refused.invalid(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }
}
