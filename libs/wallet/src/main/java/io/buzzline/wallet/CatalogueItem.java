package io.buzzline.wallet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A cosmetic the shop sells, as an editor sets it up: its price in coins (at least 1: a free item is
 * granted, not sold) and the window it is on sale in ({@code [availableFrom, availableUntil)}, either end
 * open). An invalid item is refused naming the field, so an editor's request can say what to fix.
 */
public record CatalogueItem(
        String id,
        ItemKind kind,
        String name,
        long price,
        Optional<Instant> availableFrom,
        Optional<Instant> availableUntil) {

    /** The largest price: a bound an editor's typo (an extra zero or three) runs into. */
    public static final long MAX_PRICE = 1_000_000;

    public CatalogueItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(availableFrom, "availableFrom");
        Objects.requireNonNull(availableUntil, "availableUntil");
        if (!EntryKey.validPart(id)) {
            throw new InvalidItemException("id", "must be 1 to 128 of A-Z a-z 0-9 . _ ~ -");
        }
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) > 60) {
            throw new InvalidItemException("name", "must not be blank and at most 60 characters");
        }
        if (price < 1 || price > MAX_PRICE) {
            throw new InvalidItemException("price", "must be between 1 and " + MAX_PRICE + " coins");
        }
        if (availableFrom.isPresent()
                && availableUntil.isPresent()
                && !availableFrom.get().isBefore(availableUntil.get())) {
            throw new InvalidItemException("availableUntil", "must be after availableFrom");
        }
    }

    /** Whether it is on sale at {@code now}. */
    public boolean onSaleAt(Instant now) {
        return availableFrom.map(from -> !now.isBefore(from)).orElse(true)
                && availableUntil.map(now::isBefore).orElse(true);
    }

    /** An item refused for one of its fields. */
    public static final class InvalidItemException extends IllegalArgumentException {

        private final String field;

        public InvalidItemException(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
