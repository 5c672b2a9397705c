package io.buzzline.profile.wallet.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.wallet.ItemKind;
import io.buzzline.wallet.OwnedItem;

/** An item in the inventory and the purchase that put it there. */
@Schema(name = "OwnedItem")
public record OwnedItemView(String itemId, ItemKind kind, Instant acquiredAt, String purchase) {

    public static OwnedItemView of(OwnedItem item) {
        return new OwnedItemView(
                item.itemId(), item.kind(), item.acquiredAt(), item.purchase().value());
    }
}
