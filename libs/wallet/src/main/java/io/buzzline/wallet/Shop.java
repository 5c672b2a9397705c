package io.buzzline.wallet;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides a purchase from what the store read in the purchase's transaction: the wallet, the item (if the
 * catalogue has it), whether the player owns it already. Approved, the store writes the debit, the wallet
 * after it and the owned item in that same transaction; if another purchase changed the wallet meanwhile,
 * the transaction runs again and this is asked again with what is there then, so no two purchases spend the
 * same coins. Checked in the order a buyer can act on: the item, its sale window, the price they agreed
 * to, owning it already, the money.
 */
public final class Shop {

    private Shop() {}

    public static PurchaseDecision purchase(
            Wallet wallet,
            String itemId,
            Optional<CatalogueItem> found,
            long agreedPrice,
            boolean owned,
            EntryKey key,
            Instant now) {
        if (found.isEmpty()) {
            return new PurchaseDecision.Refused(PurchaseRefusal.UNKNOWN_ITEM, "no item '" + itemId + "' in the shop");
        }
        CatalogueItem item = found.get();
        if (!item.onSaleAt(now)) {
            return new PurchaseDecision.Refused(PurchaseRefusal.NOT_ON_SALE, "'" + item.id() + "' is not on sale now");
        }
        if (agreedPrice != item.price()) {
            return new PurchaseDecision.Refused(
                    PurchaseRefusal.PRICE_CHANGED,
                    "'" + item.id() + "' costs " + item.price() + " coins, not " + agreedPrice);
        }
        if (owned) {
            return new PurchaseDecision.Refused(PurchaseRefusal.ALREADY_OWNED, "'" + item.id() + "' is owned already");
        }
        if (wallet.balance() < item.price()) {
            return new PurchaseDecision.Refused(
                    PurchaseRefusal.INSUFFICIENT_FUNDS,
                    "the balance is " + wallet.balance() + " coins, '" + item.id() + "' costs " + item.price());
        }
        LedgerEntry debit = new LedgerEntry(
                key,
                wallet.playerId(),
                -item.price(),
                wallet.balance() - item.price(),
                now,
                new EntryReason.Purchase(item.id(), item.price()));
        return new PurchaseDecision.Approved(
                debit, wallet.after(debit), new OwnedItem(wallet.playerId(), item.id(), item.kind(), now, key));
    }
}
