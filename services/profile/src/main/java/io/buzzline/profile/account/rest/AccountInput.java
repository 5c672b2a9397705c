package io.buzzline.profile.account.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An address and a password: to create an account, or to sign in with it. */
@Schema(name = "Credentials", additionalProperties = Schema.False.class)
public record AccountInput(
        @Schema(description = "An e-mail address; case and surrounding spaces do not matter", maxLength = 254)
        @NotNull
        @Size(max = 254)
        String email,

        @Schema(description = "10 to 128 characters, not the address", maxLength = 128) @NotNull @Size(max = 128)
        String password) {}
