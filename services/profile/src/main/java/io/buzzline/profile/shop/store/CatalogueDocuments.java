package io.buzzline.profile.shop.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentSnapshot;

import io.buzzline.firestore.Timestamps;
import io.buzzline.wallet.CatalogueItem;
import io.buzzline.wallet.ItemKind;

/** A catalogue item to and from its {@code shop-items/{itemId}} document. */
public final class CatalogueDocuments {

    private CatalogueDocuments() {}

    public static Map<String, Object> fields(CatalogueItem item, Instant updatedAt) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", item.kind().name());
        fields.put("name", item.name());
        fields.put("price", item.price());
        fields.put(
                "availableFrom", item.availableFrom().map(Timestamps::timestamp).orElse(null));
        fields.put(
                "availableUntil",
                item.availableUntil().map(Timestamps::timestamp).orElse(null));
        fields.put("updatedAt", Timestamps.timestamp(updatedAt));
        return fields;
    }

    public static Optional<CatalogueItem> item(DocumentSnapshot doc) {
        if (!doc.exists()) {
            return Optional.empty();
        }
        return Optional.of(new CatalogueItem(
                doc.getId(),
                ItemKind.valueOf(doc.getString("kind")),
                doc.getString("name"),
                doc.getLong("price"),
                instant(doc.getTimestamp("availableFrom")),
                instant(doc.getTimestamp("availableUntil"))));
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamps::instant);
    }
}
