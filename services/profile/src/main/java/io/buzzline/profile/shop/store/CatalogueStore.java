package io.buzzline.profile.shop.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.QueryDocumentSnapshot;

import io.buzzline.firestore.Futures;
import io.buzzline.profile.firestore.ProfileCollections;
import io.buzzline.wallet.CatalogueItem;

/** The shop's catalogue: {@code shop-items/{itemId}}. */
@ApplicationScoped
public class CatalogueStore {

    private final Firestore firestore;

    public CatalogueStore(Firestore firestore) {
        this.firestore = firestore;
    }

    public DocumentReference item(String itemId) {
        return firestore.collection(ProfileCollections.SHOP_ITEMS).document(itemId);
    }

    /** Creates or replaces {@code item}; whether it was new. */
    public boolean put(CatalogueItem item, Instant now) {
        DocumentReference ref = item(item.id());
        return Futures.await(firestore.runTransaction(tx -> {
            boolean created = !tx.get(ref).get().exists();
            tx.set(ref, CatalogueDocuments.fields(item, now));
            return created;
        }));
    }

    public Optional<CatalogueItem> get(String itemId) {
        return CatalogueDocuments.item(Futures.await(item(itemId).get()));
    }

    /** Every item, in id order (a catalogue of cosmetics: hundreds, not millions). */
    public List<CatalogueItem> all() {
        List<CatalogueItem> items = new ArrayList<>();
        for (QueryDocumentSnapshot doc : Futures.await(
                        firestore.collection(ProfileCollections.SHOP_ITEMS).get())
                .getDocuments()) {
            CatalogueDocuments.item(doc).ifPresent(items::add);
        }
        return items;
    }
}
