package io.buzzline.wallet;

import java.time.Instant;
import java.util.Objects;

/**
 * One movement of a player's coins, never changed once written: {@code amount} in (a grant) or out (a
 * debit, negative), and the balance it left, so the ledger can be checked entry by entry
 * ({@link LedgerAudit}) and the balance never has to be trusted on its own.
 */
public record LedgerEntry(
        EntryKey key, String playerId, long amount, long balanceAfter, Instant at, EntryReason reason) {

    public LedgerEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        switch (reason) {
            case EntryReason.Grant grant -> {
                if (amount < 1) {
                    throw new IllegalArgumentException("a grant adds coins, was " + amount);
                }
            }
            case EntryReason.Debit debit -> {
                if (amount > -1) {
                    throw new IllegalArgumentException("a debit takes coins, was " + amount);
                }
            }
        }
        if (reason instanceof EntryReason.Purchase purchase && amount != -purchase.price()) {
            throw new IllegalArgumentException("a purchase takes its price: " + amount + " for " + purchase.price());
        }
        if (balanceAfter < 0) {
            throw new IllegalArgumentException("a balance is never negative, was " + balanceAfter);
        }
    }

    /** The balance before this entry. */
    public long balanceBefore() {
        return balanceAfter - amount;
    }
}
