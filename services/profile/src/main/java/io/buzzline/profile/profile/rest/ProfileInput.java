package io.buzzline.profile.profile.rest;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.wallet.ItemKind;

/** The whole of what a player sets on their profile: a kind left out of {@code equipped} is unequipped. */
@Schema(name = "ProfileInput", additionalProperties = Schema.False.class)
public record ProfileInput(
        @Schema(nullable = true, description = "1 to 24 characters; absent: none") @Size(min = 1, max = 24)
        String displayName,

        @Schema(description = "Item id by kind; each item owned and of that kind") @NotNull
        Map<ItemKind, @NotNull @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9._~-]{1,128}") String>
                equipped) {}
