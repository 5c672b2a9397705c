package io.buzzline.profile.shop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.buzzline.profile.support.Wallets;
import io.buzzline.profile.wallet.WalletService;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;
import io.buzzline.wallet.EntryReason;
import io.buzzline.wallet.LedgerAudit;
import io.buzzline.wallet.LedgerEntry;
import io.buzzline.wallet.OwnedItem;
import io.buzzline.wallet.Wallet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's acceptance: 1,000 purchases at once on one wallet, through the REST API against the Firestore
 * emulator, never overspend. 1,000 coins; 250 items of 7 coins, each asked for four times under four keys; 64
 * requests in flight. A purchase answered 503 `wallet-busy` is sent again with its key, as a client would.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ConcurrentPurchasesTest {

    private static final int PURCHASES = 1_000;
    private static final int ITEMS = 250;
    private static final int PRICE = 7;
    private static final int IN_FLIGHT = 64;

    @Inject
    WalletService wallets;

    @Test
    void aThousandConcurrentPurchasesOnOneWalletNeverOverspend() throws Exception {
        String player = Wallets.newPlayer();
        Wallets.fund(wallets, player, 20); // 1,000 coins
        String prefix = "c-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (int i = 0; i < ITEMS; i++) {
            RestAssured.given()
                    .header("Authorization", TestTokens.editor())
                    .contentType(ContentType.JSON)
                    .body("{\"kind\":\"BADGE\",\"name\":\"Badge " + i + "\",\"price\":" + PRICE + "}")
                    .put("/shop/items/{id}", prefix + i)
                    .then()
                    .statusCode(201);
        }

        String token = TestTokens.player("g_00000000000000aa", player);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger busyRetries = new AtomicInteger();
        List<Future<Integer>> answers = new ArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT)) {
            for (int i = 0; i < PURCHASES; i++) {
                String itemId = prefix + (i % ITEMS);
                String key = "k-" + i + "-" + UUID.randomUUID();
                answers.add(pool.submit(() -> {
                    int status;
                    do {
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(
                                                URI.create("http://localhost:" + RestAssured.port + "/shop/purchases"))
                                        .header("Authorization", token)
                                        .header("Idempotency-Key", key)
                                        .header("Content-Type", "application/json")
                                        .timeout(Duration.ofSeconds(120))
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "{\"itemId\":\"" + itemId + "\",\"price\":" + PRICE + "}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        if (status == 503) {
                            busyRetries.incrementAndGet();
                        }
                    } while (status == 503);
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    return status;
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isIn(201, 409);
            }
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        Wallet wallet = wallets.wallet(player);
        List<LedgerEntry> ledger = wallets.wholeLedger(player);
        List<OwnedItem> owned = wallets.owned(player);
        long bought = statuses.getOrDefault(201, new AtomicInteger()).get();
        System.out.printf(
                "1,000 purchases on one wallet, %d in flight: %s (status → count), %d sent again after 503, %.1f s"
                        + " (%.0f purchases/s)%n",
                IN_FLIGHT, statuses, busyRetries.get(), seconds, PURCHASES / seconds);

        assertThat(LedgerAudit.findings(wallet, ledger)).isEmpty();
        // 1,000 coins buy 142 items of 7: exactly that many, no more (overspending), no fewer (a lost purchase).
        assertThat(bought).isEqualTo(1_000 / PRICE);
        assertThat(owned).hasSize((int) bought);
        assertThat(owned.stream().map(OwnedItem::itemId).distinct()).hasSize((int) bought);
        assertThat(wallet.balance()).isEqualTo(1_000 - bought * PRICE).isNotNegative();
        long spent = ledger.stream()
                .filter(e -> e.reason() instanceof EntryReason.Purchase)
                .mapToLong(LedgerEntry::amount)
                .sum();
        assertThat(-spent).isEqualTo(bought * PRICE);
        assertThat(statuses.getOrDefault(409, new AtomicInteger()).get()).isEqualTo(PURCHASES - bought);
    }
}
