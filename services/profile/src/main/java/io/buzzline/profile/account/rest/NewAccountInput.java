package io.buzzline.profile.account.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a guest gives to become an account: an address to sign in with and a new password. */
@Schema(name = "NewAccount", additionalProperties = Schema.False.class)
public record NewAccountInput(
        @Schema(
                description = "An e-mail address (local part 1–64 characters, a domain with a dot); case does"
                        + " not matter",
                maxLength = 254,
                pattern = NewAccountInput.EMAIL)
        @NotNull
        @Size(max = 254)
        @Pattern(regexp = NewAccountInput.EMAIL, message = "must be an e-mail address such as ada@example.org")
        String email,

        @Schema(description = "10 to 128 characters, not the address itself", minLength = 10, maxLength = 128)
        @NotNull
        @Size(min = 10, max = 128, message = "must be 10 to 128 characters")
        String password) {

    /**
     * libs/accounts `EmailAddress`'s shape as the document states it (whole value; JSON Schema's pattern
     * syntax, which the QA suite's generator reads): a local part of 1–64, a domain with a dot, no spaces.
     */
    static final String EMAIL = "[^@ ]{1,64}@[^@ .]+(?:[.][^@ .]+)+";
}
