package io.buzzline.profile.shop.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.profile.web.Ids;

/** What a buyer asks for: the item and the price they saw (a price changed since is refused, not charged). */
@Schema(name = "PurchaseInput", additionalProperties = Schema.False.class)
public record PurchaseInput(
        @NotNull @Pattern(regexp = Ids.ID) String itemId,

        @Schema(description = "The price the buyer agreed to, in coins", minimum = "1", required = true) @Min(1)
        long price) {}
