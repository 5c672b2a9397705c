package io.buzzline.wallet;

import java.time.Instant;
import java.util.Objects;

/** An item in a player's inventory, with the purchase that put it there. */
public record OwnedItem(String playerId, String itemId, ItemKind kind, Instant acquiredAt, EntryKey purchase) {

    public OwnedItem {
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(acquiredAt, "acquiredAt");
        Objects.requireNonNull(purchase, "purchase");
    }
}
