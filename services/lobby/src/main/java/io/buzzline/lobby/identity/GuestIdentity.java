package io.buzzline.lobby.identity;

/** A guest player's stable id and the secret the client keeps to prove it. */
public record GuestIdentity(String playerId, String credential) {}
