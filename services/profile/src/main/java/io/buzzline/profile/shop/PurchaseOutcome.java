package io.buzzline.profile.shop;

import io.buzzline.wallet.LedgerEntry;
import io.buzzline.wallet.PurchaseRefusal;

/** What became of a purchase: bought now, bought before under the same Idempotency-Key, or refused. */
public sealed interface PurchaseOutcome {

    /** The debit written by this request and the balance it left. */
    record Bought(LedgerEntry debit) implements PurchaseOutcome {}

    /** The request was sent before and bought then: its debit, nothing new written. */
    record Replayed(LedgerEntry debit) implements PurchaseOutcome {}

    /** Nothing bought, and why. */
    record Refused(PurchaseRefusal reason, String detail) implements PurchaseOutcome {}
}
