package io.buzzline.profile.shop.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import com.google.cloud.firestore.Firestore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.profile.Refused;
import io.buzzline.profile.shop.PurchaseOutcome;
import io.buzzline.profile.support.Wallets;
import io.buzzline.profile.wallet.WalletService;
import io.buzzline.profile.wallet.store.WalletStore;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;
import io.buzzline.wallet.CatalogueItem;
import io.buzzline.wallet.EntryKey;
import io.buzzline.wallet.ItemKind;
import io.buzzline.wallet.LedgerAudit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the in-instance queue ({@link WalletLocks}) leaves to Firestore: purchases on one wallet from two
 * instances at once. Two stores with locks of their own buy concurrently, so their transactions really
 * conflict on the wallet's head and Firestore runs the loser again: still no coin spent twice. A purchase
 * refused `wallet-busy` (every attempt overtaken) is sent again under its key, as a client does.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class TwoInstancesPurchaseTest {

    private static final int PURCHASES = 24;
    private static final int PRICE = 9;

    @Inject
    Firestore firestore;

    @Inject
    WalletStore walletStore;

    @Inject
    CatalogueStore catalogue;

    @Inject
    WalletService wallets;

    @Test
    void twoInstancesBuyingFromOneWalletNeverSpendACoinTwice() throws Exception {
        String player = Wallets.newPlayer();
        Wallets.fund(wallets, player, 2); // 100 coins: 11 items of 9
        String prefix = "two-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (int i = 0; i < PURCHASES; i++) {
            catalogue.put(
                    new CatalogueItem(prefix + i, ItemKind.BADGE, "Badge", PRICE, Optional.empty(), Optional.empty()),
                    Instant.now());
        }
        List<PurchaseStore> instances = List.of(
                new PurchaseStore(firestore, walletStore, catalogue, new WalletLocks()),
                new PurchaseStore(firestore, walletStore, catalogue, new WalletLocks()));
        AtomicInteger bought = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < PURCHASES; i++) {
                PurchaseStore instance = instances.get(i % 2);
                String itemId = prefix + i;
                EntryKey key = EntryKey.purchase(player, "k" + i);
                done.add(pool.submit(() -> {
                    while (true) {
                        try {
                            PurchaseOutcome outcome = instance.purchase(player, itemId, PRICE, key, Instant.now());
                            if (outcome instanceof PurchaseOutcome.Bought) {
                                bought.incrementAndGet();
                            }
                            return;
                        } catch (Refused e) {
                            assertThat(e.code()).isEqualTo("wallet-busy");
                            busy.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        System.out.printf(
                "two instances, %d purchases: %d bought, %d sent again after wallet-busy%n",
                PURCHASES, bought.get(), busy.get());
        assertThat(bought.get()).isEqualTo(100 / PRICE);
        assertThat(wallets.wallet(player).balance()).isEqualTo(100 - (100 / PRICE) * PRICE);
        assertThat(LedgerAudit.findings(wallets.wallet(player), wallets.wholeLedger(player)))
                .isEmpty();
        assertThat(wallets.owned(player)).hasSize(100 / PRICE);
    }
}
