package io.buzzline.wallet;

import java.util.Objects;

/**
 * A player's balance as the ledger left it, with the number of entries behind it: the head the store
 * updates in the same transaction as each entry it writes, so the balance is always the sum of the ledger
 * and a spend is checked against it atomically.
 */
public record Wallet(String playerId, long balance, long entries) {

    public Wallet {
        Objects.requireNonNull(playerId, "playerId");
        if (balance < 0 || entries < 0) {
            throw new IllegalArgumentException("balance " + balance + ", entries " + entries);
        }
    }

    /** A wallet nothing was written to yet. */
    public static Wallet empty(String playerId) {
        return new Wallet(playerId, 0, 0);
    }

    /** This wallet after {@code entry}, which must follow it (its player, the balance it starts from). */
    public Wallet after(LedgerEntry entry) {
        if (!entry.playerId().equals(playerId) || entry.balanceBefore() != balance) {
            throw new IllegalArgumentException(
                    "entry " + entry.key() + " does not follow wallet " + playerId + " at balance " + balance);
        }
        return new Wallet(playerId, entry.balanceAfter(), entries + 1);
    }
}
