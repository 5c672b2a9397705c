package io.buzzline.lobby.identity;

/**
 * Who a join says it is, when it says: a guest's id and credential (checked against the identity the lobby
 * made), or the player of an account token profile signed at sign-in (checked by its signature: the token
 * verifier ran before the join saw it). Either way the player comes back as the same player id, with its
 * history, stats and wallet.
 */
public sealed interface PlayerClaim {

    String playerId();

    /** A guest's "come back as me" pair from an earlier join. */
    record Guest(String playerId, String credential) implements PlayerClaim {}

    /** The subject of a verified account token: a player signed in on this device. */
    record Account(String playerId) implements PlayerClaim {}
}
