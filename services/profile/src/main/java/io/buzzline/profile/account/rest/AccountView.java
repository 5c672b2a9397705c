package io.buzzline.profile.account.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.profile.account.StoredAccount;

/** An account as its owner sees it (never the password's hash). */
@Schema(name = "Account")
public record AccountView(String playerId, String email, Instant createdAt) {

    public static AccountView of(StoredAccount account) {
        return new AccountView(account.playerId(), account.email().value(), account.createdAt());
    }
}
