package io.buzzline.profile.shop.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.wallet.EntryReason;
import io.buzzline.wallet.LedgerEntry;

/** A purchase made: the item, what it cost, the balance it left and the ledger entry that records it. */
@Schema(name = "Purchase")
public record PurchaseView(String itemId, long price, long balance, String entryKey, Instant at) {

    public static PurchaseView of(LedgerEntry debit) {
        EntryReason.Purchase purchase = (EntryReason.Purchase) debit.reason();
        return new PurchaseView(
                purchase.itemId(),
                purchase.price(),
                debit.balanceAfter(),
                debit.key().value(),
                debit.at());
    }
}
