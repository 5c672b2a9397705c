package io.buzzline.wallet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store's transaction semantics in memory, as the profile service will have them from Firestore: a
 * transaction reads (the wallet, whether its entry's key is written, whether the item is owned), decides,
 * and commits only if the wallet it read is still the wallet (else it runs again). The properties drive
 * many such transactions interleaved, as concurrent requests and redelivered events would.
 */
final class MemoryWalletStore {

    private final Map<String, Wallet> wallets = new HashMap<>();
    private final Map<EntryKey, LedgerEntry> written = new HashMap<>();
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private final Set<String> owned = new HashSet<>();
    private final Map<String, CatalogueItem> catalogue = new HashMap<>();

    record Snapshot(Wallet wallet, boolean keyWritten, boolean owned) {}

    void sell(CatalogueItem item) {
        catalogue.put(item.id(), item);
    }

    Optional<CatalogueItem> item(String itemId) {
        return Optional.ofNullable(catalogue.get(itemId));
    }

    Snapshot read(String playerId, EntryKey key, String itemId) {
        return new Snapshot(
                wallets.getOrDefault(playerId, Wallet.empty(playerId)),
                written.containsKey(key),
                itemId != null && owned.contains(playerId + "/" + itemId));
    }

    /** Writes {@code entry} (and {@code item}) if the wallet is still the one read; false: run again. */
    boolean commit(Snapshot read, LedgerEntry entry, OwnedItem item) {
        Wallet now = wallets.getOrDefault(
                read.wallet().playerId(), Wallet.empty(read.wallet().playerId()));
        if (!now.equals(read.wallet())) {
            return false;
        }
        if (written.putIfAbsent(entry.key(), entry) != null) {
            throw new IllegalStateException("a key written twice got past its transaction: " + entry.key());
        }
        ledger.add(entry);
        wallets.put(now.playerId(), now.after(entry));
        if (item != null) {
            owned.add(item.playerId() + "/" + item.itemId());
        }
        return true;
    }

    Wallet wallet(String playerId) {
        return wallets.getOrDefault(playerId, Wallet.empty(playerId));
    }

    List<LedgerEntry> ledger(String playerId) {
        return ledger.stream()
                .filter(entry -> entry.playerId().equals(playerId))
                .toList();
    }

    Set<String> owned() {
        return Set.copyOf(owned);
    }
}
