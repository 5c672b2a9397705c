package io.buzzline.profile.profile.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole of what a player sets on their profile: a kind left out of {@code equipped} is unequipped. */
@Schema(name = "ProfileInput", additionalProperties = Schema.False.class)
public record ProfileInput(
        @Schema(nullable = true, description = "1 to 24 characters; absent: none") @Size(min = 1, max = 24)
        String displayName,

        @Schema(description = "The item to wear in each slot; a slot left out is empty") @NotNull @Valid
        EquippedInput equipped) {}
