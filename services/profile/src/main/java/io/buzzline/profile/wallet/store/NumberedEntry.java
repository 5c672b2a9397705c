package io.buzzline.profile.wallet.store;

import io.buzzline.wallet.LedgerEntry;

/** A ledger entry with its place in the wallet's ledger (1 for the first), by which pages are cut. */
public record NumberedEntry(long seq, LedgerEntry entry) {}
