package io.buzzline.profile.account.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed-in session: the account's player and the token that acts as them on this service. */
@Schema(name = "Session")
public record SessionView(
        String playerId,

        @Schema(description = "Bearer token for this service's /…/me operations; opens no game")
        String token,

        Instant expiresAt) {}
