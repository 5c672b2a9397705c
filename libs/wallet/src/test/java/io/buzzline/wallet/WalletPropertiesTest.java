package io.buzzline.wallet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.buzzline.events.GameEnded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grants and purchases on one wallet, each a transaction in two steps (read and decide; commit if the
 * wallet is unchanged, else read again), interleaved at random as concurrent requests would be, with
 * game results delivered more than once and purchases sent again. Whatever the interleaving: every result
 * is granted once, no purchase spends coins another one spent, a purchase sent again buys nothing twice,
 * and the ledger audits clean.
 */
class WalletPropertiesTest {

    private static final String PLAYER = "p_1";
    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final List<CatalogueItem> ITEMS = List.of(
            new CatalogueItem("crown", ItemKind.AVATAR, "Crown", 60, Optional.empty(), Optional.empty()),
            new CatalogueItem("bell", ItemKind.BUZZER_SOUND, "Bell", 25, Optional.empty(), Optional.empty()),
            new CatalogueItem("gold", ItemKind.NAME_COLOUR, "Gold", 45, Optional.empty(), Optional.empty()),
            new CatalogueItem("ace", ItemKind.BADGE, "Ace", 10, Optional.empty(), Optional.empty()));

    sealed interface Operation {}

    record GameResultDelivered(String gameId, int rank, int players, GameEnded.Reason ended) implements Operation {}

    record PurchaseRequested(String itemId, String idempotencyKey) implements Operation {}

    @Property(tries = 300)
    void noInterleavingGrantsTwiceOrOverspends(@ForAll("operations") List<Operation> operations, @ForAll long seed) {
        MemoryWalletStore store = new MemoryWalletStore();
        ITEMS.forEach(store::sell);
        List<Transaction> running =
                new ArrayList<>(operations.stream().map(Transaction::new).toList());
        Random random = new Random(seed);
        while (!running.isEmpty()) {
            Transaction next = running.get(random.nextInt(running.size()));
            if (next.step(store)) {
                running.remove(next);
            }
        }

        Wallet wallet = store.wallet(PLAYER);
        List<LedgerEntry> ledger = store.ledger(PLAYER);
        assertThat(LedgerAudit.findings(wallet, ledger)).isEmpty();
        // Each game's result granted once, however often delivered.
        long earned = operations.stream()
                .filter(GameResultDelivered.class::isInstance)
                .map(GameResultDelivered.class::cast)
                .distinct()
                .mapToLong(result -> EarningRules.V1.coinsFor(
                        new EntryReason.GameResult(result.gameId(), result.rank(), result.players(), result.ended())))
                .sum();
        assertThat(ledger.stream()
                        .filter(entry -> entry.amount() > 0)
                        .mapToLong(LedgerEntry::amount)
                        .sum())
                .isEqualTo(earned);
        // Every item owned was paid for once, and nothing else was spent.
        long spent = -ledger.stream()
                .filter(entry -> entry.amount() < 0)
                .mapToLong(LedgerEntry::amount)
                .sum();
        long owned = ITEMS.stream()
                .filter(item -> store.owned().contains(PLAYER + "/" + item.id()))
                .mapToLong(CatalogueItem::price)
                .sum();
        assertThat(spent).isEqualTo(owned);
        assertThat(wallet.balance()).isEqualTo(earned - spent).isNotNegative();
    }

    /** One operation as a transaction: read and decide, then commit or start over. */
    private static final class Transaction {

        private final Operation operation;
        private MemoryWalletStore.Snapshot read;
        private LedgerEntry entry;
        private OwnedItem item;

        Transaction(Operation operation) {
            this.operation = operation;
        }

        /** One step; true once it is done (committed, or nothing to write). */
        boolean step(MemoryWalletStore store) {
            if (read == null) {
                return decide(store);
            }
            boolean committed = store.commit(read, entry, item);
            read = null;
            return committed;
        }

        private boolean decide(MemoryWalletStore store) {
            return switch (operation) {
                case GameResultDelivered result -> decideGrant(store, result);
                case PurchaseRequested purchase -> decidePurchase(store, purchase);
            };
        }

        private boolean decideGrant(MemoryWalletStore store, GameResultDelivered result) {
            MemoryWalletStore.Snapshot snapshot =
                    store.read(PLAYER, EntryKey.gameResult(result.gameId(), PLAYER), null);
            if (snapshot.keyWritten()) {
                return true;
            }
            Optional<LedgerEntry> grant = Grants.forGameResult(
                    snapshot.wallet(),
                    new EntryReason.GameResult(result.gameId(), result.rank(), result.players(), result.ended()),
                    EarningRules.V1,
                    NOW);
            return grant.map(entry -> waitToCommit(snapshot, entry, null)).orElse(true);
        }

        private boolean decidePurchase(MemoryWalletStore store, PurchaseRequested purchase) {
            EntryKey key = EntryKey.purchase(PLAYER, purchase.idempotencyKey());
            MemoryWalletStore.Snapshot snapshot = store.read(PLAYER, key, purchase.itemId());
            if (snapshot.keyWritten()) {
                return true;
            }
            Optional<CatalogueItem> found = store.item(purchase.itemId());
            long agreed = found.map(CatalogueItem::price).orElse(1L);
            return switch (Shop.purchase(
                    snapshot.wallet(), purchase.itemId(), found, agreed, snapshot.owned(), key, NOW)) {
                case PurchaseDecision.Refused refused -> true;
                case PurchaseDecision.Approved approved -> waitToCommit(snapshot, approved.debit(), approved.owned());
            };
        }

        private boolean waitToCommit(MemoryWalletStore.Snapshot snapshot, LedgerEntry decided, OwnedItem owned) {
            read = snapshot;
            entry = decided;
            item = owned;
            return false;
        }
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        // A game's result is the same each time it is delivered: the game number fixes it.
        Arbitrary<Operation> result = Arbitraries.integers()
                .between(1, 8)
                .map(n -> new GameResultDelivered(
                        "g_" + n,
                        1 + n % 3,
                        3 + n % 2,
                        GameEnded.Reason.values()[n % GameEnded.Reason.values().length]));
        Arbitrary<Operation> purchase = Combinators.combine(
                        Arbitraries.of("crown", "bell", "gold", "ace", "unicorn"),
                        Arbitraries.integers().between(1, 5).map(n -> "buy-" + n))
                .as(PurchaseRequested::new);
        return Arbitraries.oneOf(result, purchase).list().ofMinSize(1).ofMaxSize(30);
    }
}
