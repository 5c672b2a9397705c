package io.buzzline.wallet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a wallet against its ledger, entries in the order they were written: each key once, each entry
 * starting from the balance the one before left, never below zero, and the wallet's balance and count
 * those of the last entry. Returns what is wrong, in words; nothing when the ledger holds.
 */
public final class LedgerAudit {

    private LedgerAudit() {}

    public static List<String> findings(Wallet wallet, List<LedgerEntry> entries) {
        List<String> findings = new ArrayList<>();
        Set<EntryKey> seen = new HashSet<>();
        long balance = 0;
        for (LedgerEntry entry : entries) {
            if (!entry.playerId().equals(wallet.playerId())) {
                findings.add(entry.key() + " belongs to " + entry.playerId() + ", not " + wallet.playerId());
            }
            if (!seen.add(entry.key())) {
                findings.add(entry.key() + " is in the ledger twice");
            }
            if (entry.balanceBefore() != balance) {
                findings.add(entry.key() + " starts from " + entry.balanceBefore() + " where the ledger stood at "
                        + balance);
            }
            balance = entry.balanceAfter();
        }
        if (wallet.balance() != balance) {
            findings.add("the wallet says " + wallet.balance() + " coins, its ledger " + balance);
        }
        if (wallet.entries() != entries.size()) {
            findings.add("the wallet counts " + wallet.entries() + " entries, its ledger has " + entries.size());
        }
        return findings;
    }
}
