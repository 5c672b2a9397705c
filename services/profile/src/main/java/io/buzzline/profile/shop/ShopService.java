package io.buzzline.profile.shop;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

import io.buzzline.profile.Refused;
import io.buzzline.profile.shop.store.CatalogueStore;
import io.buzzline.profile.shop.store.PurchaseStore;
import io.buzzline.wallet.CatalogueItem;
import io.buzzline.wallet.EntryKey;
import io.buzzline.wallet.EntryReason;

/** The catalogue editors manage and the purchases players make. */
@ApplicationScoped
public class ShopService {

    private final CatalogueStore catalogue;
    private final PurchaseStore purchases;
    private final Clock clock;
    private final MeterRegistry metrics;

    public ShopService(CatalogueStore catalogue, PurchaseStore purchases, Clock clock, MeterRegistry metrics) {
        this.catalogue = catalogue;
        this.purchases = purchases;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Creates or replaces an item (its price and window apply to purchases from now on); whether it was new. */
    public boolean put(CatalogueItem item) {
        return catalogue.put(item, clock.instant());
    }

    public CatalogueItem item(String itemId) {
        return catalogue
                .get(itemId)
                .orElseThrow(() ->
                        new Refused(Refused.Kind.NOT_FOUND, "item-not-found", "No item '" + itemId + "' in the shop."));
    }

    /** The items on sale now, or (editors) every item. */
    public List<CatalogueItem> items(boolean all) {
        Instant now = clock.instant();
        return catalogue.all().stream()
                .filter(item -> all || item.onSaleAt(now))
                .toList();
    }

    /**
     * Buys {@code itemId} at the price the buyer agreed to, once per Idempotency-Key: the same request sent
     * again answers with the purchase already made; the same key for another item is refused.
     */
    public PurchaseOutcome purchase(String playerId, String itemId, long agreedPrice, String idempotencyKey) {
        EntryKey key = EntryKey.purchase(playerId, idempotencyKey);
        PurchaseOutcome outcome = purchases.purchase(playerId, itemId, agreedPrice, key, clock.instant());
        String name =
                switch (outcome) {
                    case PurchaseOutcome.Bought bought -> "bought";
                    case PurchaseOutcome.Replayed replayed -> "replayed";
                    case PurchaseOutcome.Refused refused -> refused.reason().code();
                };
        metrics.counter("buzzline.profile.purchases", "outcome", name).increment();
        return switch (outcome) {
            case PurchaseOutcome.Bought bought -> bought;
            case PurchaseOutcome.Replayed replayed -> {
                EntryReason.Purchase earlier =
                        (EntryReason.Purchase) replayed.debit().reason();
                if (!earlier.itemId().equals(itemId)) {
                    throw new Refused(
                            Refused.Kind.CONFLICT,
                            "idempotency-key-in-use",
                            "This Idempotency-Key bought '" + earlier.itemId() + "' already; use a new key for"
                                    + " another purchase.",
                            Map.of("itemId", earlier.itemId()),
                            Optional.empty());
                }
                yield replayed;
            }
            case PurchaseOutcome.Refused refused -> throw refusal(refused);
        };
    }

    private static Refused refusal(PurchaseOutcome.Refused refused) {
        Refused.Kind kind =
                switch (refused.reason()) {
                    case UNKNOWN_ITEM, NOT_ON_SALE -> Refused.Kind.UNUSABLE;
                    case PRICE_CHANGED, ALREADY_OWNED, INSUFFICIENT_FUNDS -> Refused.Kind.CONFLICT;
                };
        return new Refused(kind, refused.reason().code(), refused.detail() + ".");
    }
}
