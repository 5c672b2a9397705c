package io.buzzline.profile.shop.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;

import io.buzzline.profile.shop.PurchaseOutcome;
import io.buzzline.profile.wallet.store.LedgerDocuments;
import io.buzzline.profile.wallet.store.Transactions;
import io.buzzline.profile.wallet.store.WalletStore;
import io.buzzline.wallet.CatalogueItem;
import io.buzzline.wallet.EntryKey;
import io.buzzline.wallet.PurchaseDecision;
import io.buzzline.wallet.Shop;
import io.buzzline.wallet.Wallet;

/**
 * A purchase as one transaction: read the wallet head, the purchase's key, the item and whether it is owned;
 * write the debit, the new head and the owned item together. A concurrent purchase that moved the head makes
 * Firestore run it again with the balance there then, so two purchases never spend the same coins; the key
 * makes a request sent again buy nothing twice.
 */
@ApplicationScoped
public class PurchaseStore {

    private final Firestore firestore;
    private final WalletStore wallets;
    private final CatalogueStore catalogue;
    private final WalletLocks locks;

    public PurchaseStore(Firestore firestore, WalletStore wallets, CatalogueStore catalogue, WalletLocks locks) {
        this.firestore = firestore;
        this.wallets = wallets;
        this.catalogue = catalogue;
        this.locks = locks;
    }

    public PurchaseOutcome purchase(String playerId, String itemId, long agreedPrice, EntryKey key, Instant now) {
        return locks.withWallet(playerId, () -> transaction(playerId, itemId, agreedPrice, key, now));
    }

    private PurchaseOutcome transaction(String playerId, String itemId, long agreedPrice, EntryKey key, Instant now) {
        DocumentReference head = wallets.head(playerId);
        DocumentReference entryRef = wallets.ledger(playerId).document(key.value());
        DocumentReference itemRef = catalogue.item(itemId);
        DocumentReference ownedRef = wallets.inventory(playerId).document(itemId);
        return Transactions.await(
                firestore.runTransaction(
                        tx -> {
                            List<DocumentSnapshot> read =
                                    tx.getAll(head, entryRef, itemRef, ownedRef).get();
                            if (read.get(1).exists()) {
                                return new PurchaseOutcome.Replayed(LedgerDocuments.entry(playerId, read.get(1)));
                            }
                            Wallet wallet = LedgerDocuments.wallet(playerId, read.get(0));
                            Optional<CatalogueItem> item = CatalogueDocuments.item(read.get(2));
                            PurchaseDecision decision = Shop.purchase(
                                    wallet,
                                    itemId,
                                    item,
                                    agreedPrice,
                                    read.get(3).exists(),
                                    key,
                                    now);
                            return switch (decision) {
                                case PurchaseDecision.Approved approved -> {
                                    tx.create(
                                            entryRef,
                                            LedgerDocuments.entry(
                                                    approved.debit(),
                                                    approved.after().entries()));
                                    tx.set(head, LedgerDocuments.wallet(approved.after(), now));
                                    tx.create(ownedRef, LedgerDocuments.owned(approved.owned()));
                                    yield new PurchaseOutcome.Bought(approved.debit());
                                }
                                case PurchaseDecision.Refused refused ->
                                    new PurchaseOutcome.Refused(refused.reason(), refused.detail());
                            };
                        },
                        wallets.transactionOptions()),
                playerId);
    }
}
