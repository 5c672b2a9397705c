package io.buzzline.profile.wallet.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.api.core.ApiFuture;
import com.google.api.core.ApiFutures;
import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.TransactionOptions;
import com.google.cloud.firestore.WriteResult;

import io.buzzline.firestore.Futures;
import io.buzzline.profile.config.ProfileConfig;
import io.buzzline.profile.firestore.ProfileCollections;
import io.buzzline.profile.wallet.GrantOutcome;
import io.buzzline.wallet.EntryKey;
import io.buzzline.wallet.LedgerEntry;
import io.buzzline.wallet.OwnedItem;
import io.buzzline.wallet.Wallet;

/**
 * A player's wallet in Firestore: the head, the ledger under it, the inventory. Every change is one
 * transaction that reads the head and the entry's key and writes the entry and the new head together, so the
 * head is always the ledger's sum, an entry happens at most once, and a concurrent change makes Firestore run
 * the transaction again with what is there then (libs/wallet README, "How a store uses it").
 */
@ApplicationScoped
public class WalletStore {

    private final Firestore firestore;
    private final TransactionOptions options;

    public WalletStore(Firestore firestore, ProfileConfig config) {
        this.firestore = firestore;
        this.options = TransactionOptions.createReadWriteOptionsBuilder()
                .setNumberOfAttempts(config.wallet().transactionAttempts())
                .build();
    }

    public DocumentReference head(String playerId) {
        return firestore.collection(ProfileCollections.WALLETS).document(playerId);
    }

    public CollectionReference ledger(String playerId) {
        return head(playerId).collection(ProfileCollections.LEDGER);
    }

    public CollectionReference inventory(String playerId) {
        return head(playerId).collection(ProfileCollections.INVENTORY);
    }

    public TransactionOptions transactionOptions() {
        return options;
    }

    /**
     * Grants what {@code decide} says the wallet is owed under {@code key}, once: asynchronous, so a game's
     * players are granted in parallel. {@code decide} sees the wallet as the transaction read it.
     */
    public ApiFuture<GrantOutcome> grant(
            String playerId, EntryKey key, Instant at, Function<Wallet, Optional<LedgerEntry>> decide) {
        DocumentReference head = head(playerId);
        DocumentReference entryRef = ledger(playerId).document(key.value());
        DocumentReference deleted =
                firestore.collection(ProfileCollections.DELETED_PLAYERS).document(playerId);
        return firestore.runTransaction(
                tx -> {
                    List<DocumentSnapshot> read =
                            tx.getAll(head, entryRef, deleted).get();
                    DocumentSnapshot headDoc = read.get(0);
                    DocumentSnapshot entryDoc = read.get(1);
                    if (read.get(2).exists()) {
                        return new GrantOutcome.PlayerDeleted();
                    }
                    if (entryDoc.exists()) {
                        return new GrantOutcome.AlreadyGranted(LedgerDocuments.entry(playerId, entryDoc));
                    }
                    Wallet wallet = LedgerDocuments.wallet(playerId, headDoc);
                    Optional<LedgerEntry> entry = decide.apply(wallet);
                    if (entry.isEmpty()) {
                        return new GrantOutcome.NothingOwed();
                    }
                    Wallet after = wallet.after(entry.get());
                    tx.create(entryRef, LedgerDocuments.entry(entry.get(), after.entries()));
                    tx.set(head, LedgerDocuments.wallet(after, at));
                    return new GrantOutcome.Granted(entry.get());
                },
                options);
    }

    public Wallet wallet(String playerId) {
        return LedgerDocuments.wallet(playerId, Futures.await(head(playerId).get()));
    }

    /** Up to {@code limit} entries, newest first, older than the entry at {@code beforeSeq} if given. */
    public List<NumberedEntry> entries(String playerId, int limit, Optional<Long> beforeSeq) {
        Query query = ledger(playerId).orderBy("seq", Query.Direction.DESCENDING);
        if (beforeSeq.isPresent()) {
            query = query.whereLessThan("seq", beforeSeq.get());
        }
        List<NumberedEntry> entries = new ArrayList<>();
        for (QueryDocumentSnapshot doc : Futures.await(query.limit(limit).get()).getDocuments()) {
            entries.add(new NumberedEntry(doc.getLong("seq"), LedgerDocuments.entry(playerId, doc)));
        }
        return entries;
    }

    /** The whole ledger, oldest first (export, audit). */
    public List<LedgerEntry> wholeLedger(String playerId) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (QueryDocumentSnapshot doc :
                Futures.await(ledger(playerId).orderBy("seq").get()).getDocuments()) {
            entries.add(LedgerDocuments.entry(playerId, doc));
        }
        return entries;
    }

    /** What the player owns, oldest first. */
    public List<OwnedItem> owned(String playerId) {
        List<OwnedItem> items = new ArrayList<>();
        for (QueryDocumentSnapshot doc :
                Futures.await(inventory(playerId).orderBy("acquiredAt").get()).getDocuments()) {
            items.add(LedgerDocuments.owned(playerId, doc));
        }
        return items;
    }

    /** Deletes the wallet, its ledger and inventory (a player deleting their data). */
    public void deleteAll(String playerId) {
        List<ApiFuture<WriteResult>> deletes = new ArrayList<>();
        for (CollectionReference collection : List.of(ledger(playerId), inventory(playerId))) {
            for (DocumentReference doc : collection.listDocuments()) {
                deletes.add(doc.delete());
            }
        }
        Futures.await(ApiFutures.allAsList(deletes));
        Futures.await(head(playerId).delete());
    }
}
