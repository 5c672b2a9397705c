package io.buzzline.wallet;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopTest {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final CatalogueItem CROWN = new CatalogueItem(
            "crown", ItemKind.AVATAR, "Crown", 120, Optional.empty(), Optional.of(NOW.plusSeconds(3600)));
    private static final EntryKey KEY = EntryKey.purchase("p_1", "buy-1");

    private static PurchaseDecision buy(
            long balance, Optional<CatalogueItem> item, long agreed, boolean owned, Instant at) {
        return Shop.purchase(new Wallet("p_1", balance, 3), "crown", item, agreed, owned, KEY, at);
    }

    @Test
    void anApprovedPurchaseDebitsThePriceAndGrantsTheItemUnderItsKey() {
        var approved = (PurchaseDecision.Approved) buy(200, Optional.of(CROWN), 120, false, NOW);

        assertThat(approved.debit().amount()).isEqualTo(-120);
        assertThat(approved.debit().balanceAfter()).isEqualTo(80);
        assertThat(approved.debit().key()).isEqualTo(KEY);
        assertThat(approved.after()).isEqualTo(new Wallet("p_1", 80, 4));
        assertThat(approved.owned()).isEqualTo(new OwnedItem("p_1", "crown", ItemKind.AVATAR, NOW, KEY));
        // Spending every last coin is allowed; a coin more is not.
        assertThat(buy(120, Optional.of(CROWN), 120, false, NOW)).isInstanceOf(PurchaseDecision.Approved.class);
    }

    @Test
    void eachRefusalSaysWhyInTheOrderABuyerCanActOn() {
        assertThat(refusal(buy(0, Optional.empty(), 120, true, NOW))).isEqualTo(PurchaseRefusal.UNKNOWN_ITEM);
        assertThat(refusal(buy(0, Optional.of(CROWN), 100, true, NOW.plusSeconds(3600))))
                .isEqualTo(PurchaseRefusal.NOT_ON_SALE);
        assertThat(refusal(buy(0, Optional.of(CROWN), 100, true, NOW))).isEqualTo(PurchaseRefusal.PRICE_CHANGED);
        assertThat(refusal(buy(0, Optional.of(CROWN), 120, true, NOW))).isEqualTo(PurchaseRefusal.ALREADY_OWNED);
        assertThat(refusal(buy(119, Optional.of(CROWN), 120, false, NOW)))
                .isEqualTo(PurchaseRefusal.INSUFFICIENT_FUNDS);
        assertThat(((PurchaseDecision.Refused) buy(119, Optional.of(CROWN), 120, false, NOW)).detail())
                .isEqualTo("the balance is 119 coins, 'crown' costs 120");
        assertThat(PurchaseRefusal.INSUFFICIENT_FUNDS.code()).isEqualTo("insufficient-funds");
    }

    @Test
    void aSaleWindowIncludesItsStartAndExcludesItsEnd() {
        CatalogueItem weekly = new CatalogueItem(
                "bell", ItemKind.BUZZER_SOUND, "Bell", 5, Optional.of(NOW), Optional.of(NOW.plusSeconds(10)));
        assertThat(weekly.onSaleAt(NOW.minusMillis(1))).isFalse();
        assertThat(weekly.onSaleAt(NOW)).isTrue();
        assertThat(weekly.onSaleAt(NOW.plusSeconds(10))).isFalse();
    }

    @Test
    void anItemAnEditorGotWrongIsRefusedNamingTheField() {
        assertThatThrownBy(() ->
                        new CatalogueItem("crown", ItemKind.BADGE, "Crown", 0, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(CatalogueItem.InvalidItemException.class, e -> assertThat(e.field())
                        .isEqualTo("price"));
        assertThatThrownBy(() ->
                        new CatalogueItem("crown", ItemKind.BADGE, "Crown", -5, Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("price:");
        assertThatThrownBy(
                        () -> new CatalogueItem("a/b", ItemKind.BADGE, "Crown", 5, Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("id:");
        assertThatThrownBy(() -> new CatalogueItem("crown", ItemKind.BADGE, " ", 5, Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() ->
                        new CatalogueItem("crown", ItemKind.BADGE, "Crown", 5, Optional.of(NOW), Optional.of(NOW)))
                .hasMessageStartingWith("availableUntil:");
    }

    private static PurchaseRefusal refusal(PurchaseDecision decision) {
        return ((PurchaseDecision.Refused) decision).reason();
    }
}
