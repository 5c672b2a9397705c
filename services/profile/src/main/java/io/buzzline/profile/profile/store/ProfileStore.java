package io.buzzline.profile.profile.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.SetOptions;

import io.buzzline.firestore.Futures;
import io.buzzline.firestore.Timestamps;
import io.buzzline.profile.Refused;
import io.buzzline.profile.firestore.ProfileCollections;
import io.buzzline.profile.profile.StoredProfile;
import io.buzzline.profile.wallet.store.WalletStore;
import io.buzzline.wallet.ItemKind;

/** Profiles in {@code profiles/{playerId}}; what is equipped is checked against the inventory as it is written. */
@ApplicationScoped
public class ProfileStore {

    private final Firestore firestore;
    private final WalletStore wallets;

    public ProfileStore(Firestore firestore, WalletStore wallets) {
        this.firestore = firestore;
        this.wallets = wallets;
    }

    private DocumentReference profile(String playerId) {
        return firestore.collection(ProfileCollections.PROFILES).document(playerId);
    }

    public StoredProfile get(String playerId) {
        return read(playerId, Futures.await(profile(playerId).get()));
    }

    /**
     * Sets the display name and what is equipped, in one transaction that reads the inventory entries of the
     * equipped items: an item not owned (or of another kind than its slot) is refused, nothing written.
     */
    public StoredProfile update(StoredProfile wanted, Instant now) {
        DocumentReference ref = profile(wanted.playerId());
        List<Map.Entry<ItemKind, String>> slots =
                new ArrayList<>(wanted.equipped().entrySet());
        List<DocumentReference> owned = slots.stream()
                .map(slot -> wallets.inventory(wanted.playerId()).document(slot.getValue()))
                .toList();
        return Futures.await(firestore.runTransaction(tx -> {
            List<DocumentSnapshot> items = owned.isEmpty()
                    ? List.of()
                    : tx.getAll(owned.toArray(DocumentReference[]::new)).get();
            for (int i = 0; i < slots.size(); i++) {
                ItemKind slot = slots.get(i).getKey();
                DocumentSnapshot item = items.get(i);
                if (!item.exists()) {
                    throw new Refused(
                            Refused.Kind.CONFLICT,
                            "not-owned",
                            "'" + slots.get(i).getValue() + "' is not in this player's inventory; buy it first.",
                            Map.of("itemId", slots.get(i).getValue()),
                            Optional.empty());
                }
                if (!slot.name().equals(item.getString("kind"))) {
                    throw Refused.invalid(
                            "equipped." + slot.name(),
                            "'" + slots.get(i).getValue() + "' is a " + item.getString("kind") + ", not a "
                                    + slot.name());
                }
            }
            Map<String, Object> fields = new HashMap<>();
            fields.put("displayName", wanted.displayName().orElse(null));
            Map<String, Object> equipped = new HashMap<>();
            wanted.equipped().forEach((kind, itemId) -> equipped.put(kind.name(), itemId));
            fields.put("equipped", equipped);
            fields.put("updatedAt", Timestamps.timestamp(now));
            tx.set(ref, fields, SetOptions.mergeFields("displayName", "equipped", "updatedAt"));
            return wanted;
        }));
    }

    public void delete(String playerId) {
        Futures.await(profile(playerId).delete());
    }

    /** Marks a player as having deleted their data: grants skip them from now on. */
    public void tombstone(String playerId, Instant now) {
        Futures.await(firestore
                .collection(ProfileCollections.DELETED_PLAYERS)
                .document(playerId)
                .set(Map.of("deletedAt", Timestamps.timestamp(now))));
    }

    private static StoredProfile read(String playerId, DocumentSnapshot doc) {
        if (!doc.exists()) {
            return StoredProfile.empty(playerId);
        }
        Map<ItemKind, String> equipped = new EnumMap<>(ItemKind.class);
        Object stored = doc.get("equipped");
        if (stored instanceof Map<?, ?> map) {
            map.forEach((kind, itemId) -> equipped.put(ItemKind.valueOf(kind.toString()), itemId.toString()));
        }
        return new StoredProfile(playerId, Optional.ofNullable(doc.getString("displayName")), equipped);
    }
}
