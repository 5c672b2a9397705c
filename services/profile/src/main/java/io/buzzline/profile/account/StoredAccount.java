package io.buzzline.profile.account;

import java.time.Instant;

import io.buzzline.accounts.EmailAddress;
import io.buzzline.accounts.SignInGuard;

/** An account as stored: its address, the player it signs in as, the password's hash and the sign-in history. */
public record StoredAccount(
        EmailAddress email, String playerId, String passwordHash, Instant createdAt, SignInGuard.History signIns) {}
