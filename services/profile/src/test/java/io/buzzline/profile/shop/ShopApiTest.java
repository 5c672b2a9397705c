package io.buzzline.profile.shop;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.profile.support.Wallets;
import io.buzzline.profile.wallet.WalletService;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The shop as a player and an editor meet it: the catalogue, a purchase, and every way one is refused. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ShopApiTest {

    private static final OpenApiValidation API = OpenApiValidation.ofServedDocument();

    @Inject
    WalletService wallets;

    @AfterEach
    void nobody() {
        TestTokens.actAs(null);
    }

    private static String newItem(String kind, long price, String from, String until) {
        String id = "item-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder(
                "{\"kind\":\"" + kind + "\",\"name\":\"Golden " + kind.toLowerCase() + "\",\"price\":" + price);
        if (from != null) {
            body.append(",\"availableFrom\":\"").append(from).append('"');
        }
        if (until != null) {
            body.append(",\"availableUntil\":\"").append(until).append('"');
        }
        body.append('}');
        API.given()
                .header("Authorization", TestTokens.editor())
                .contentType(ContentType.JSON)
                .body(body.toString())
                .put("/shop/items/{id}", id)
                .then()
                .statusCode(201)
                .body("price", equalTo((int) price));
        return id;
    }

    private static ValidatableResponse buy(String playerId, String itemId, long price, String key) {
        return API.given()
                .header("Authorization", TestTokens.player("g_00000000000000aa", playerId))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("itemId", itemId, "price", price))
                .post("/shop/purchases")
                .then();
    }

    @Test
    void aPurchaseDebitsThePriceAndOwnsTheItemOncePerKey() {
        String player = Wallets.newPlayer();
        Wallets.fund(wallets, player, 2);
        String item = newItem("AVATAR", 30, null, null);

        String key = UUID.randomUUID().toString();
        buy(player, item, 30, key).statusCode(201).body("balance", equalTo(70)).body("itemId", equalTo(item));
        // Sent again (a timeout, a retry): the same purchase, nothing spent twice.
        buy(player, item, 30, key).statusCode(200).body("balance", equalTo(70));
        // A new key for the same item: owned already.
        buy(player, item, 30, UUID.randomUUID().toString())
                .statusCode(409)
                .body("type", equalTo("https://buzzline.dev/problems/already-owned"));
        // The first key for another item: refused, not a second purchase under one key.
        String other = newItem("BADGE", 5, null, null);
        buy(player, other, 5, key)
                .statusCode(409)
                .body("type", equalTo("https://buzzline.dev/problems/idempotency-key-in-use"));

        API.given()
                .header("Authorization", TestTokens.player("g_00000000000000aa", player))
                .get("/wallets/me")
                .then()
                .statusCode(200)
                .body("balance", equalTo(70))
                .body("entries", equalTo(3));
        API.given()
                .header("Authorization", TestTokens.player("g_00000000000000aa", player))
                .get("/inventory/me")
                .then()
                .statusCode(200)
                .body("itemId", equalTo(java.util.List.of(item)));
        API.given()
                .header("Authorization", TestTokens.player("g_00000000000000aa", player))
                .get("/wallets/me/ledger?limit=2")
                .then()
                .statusCode(200)
                .body("entries.reason", equalTo(java.util.List.of("PURCHASE", "GAME_RESULT")))
                .body("entries[0].amount", equalTo(-30))
                .body("nextBefore", equalTo(2));
    }

    @Test
    void refusalsSayWhyAndSpendNothing() {
        String player = Wallets.newPlayer();
        Wallets.fund(wallets, player, 1);
        String dear = newItem("NAME_COLOUR", 60, null, null);
        String future = newItem("BUZZER_SOUND", 5, "2999-01-01T00:00:00Z", null);
        String past = newItem("BADGE", 5, null, "2020-01-01T00:00:00Z");
        String cheap = newItem("AVATAR", 10, null, null);

        buy(player, "no-such-item", 10, UUID.randomUUID().toString())
                .statusCode(422)
                .body("type", equalTo("https://buzzline.dev/problems/unknown-item"));
        buy(player, future, 5, UUID.randomUUID().toString())
                .statusCode(422)
                .body("type", equalTo("https://buzzline.dev/problems/not-on-sale"));
        buy(player, past, 5, UUID.randomUUID().toString())
                .statusCode(422)
                .body("type", equalTo("https://buzzline.dev/problems/not-on-sale"));
        buy(player, cheap, 9, UUID.randomUUID().toString())
                .statusCode(409)
                .body("type", equalTo("https://buzzline.dev/problems/price-changed"));
        buy(player, dear, 60, UUID.randomUUID().toString())
                .statusCode(409)
                .body("type", equalTo("https://buzzline.dev/problems/insufficient-funds"));

        API.given()
                .header("Authorization", TestTokens.player("g_00000000000000aa", player))
                .get("/wallets/me")
                .then()
                .body("balance", equalTo(50))
                .body("entries", equalTo(1));
    }

    @Test
    void theCatalogueShowsWhatIsOnSaleAndEditorsSeeEverything() {
        String onSale = newItem("AVATAR", 10, null, null);
        String later = newItem("AVATAR", 10, "2999-01-01T00:00:00Z", null);
        API.given()
                .get("/shop/items")
                .then()
                .statusCode(200)
                .body("id", hasItem(onSale))
                .body("id", not(hasItem(later)));
        API.given()
                .header("Authorization", TestTokens.editor())
                .get("/shop/catalogue")
                .then()
                .statusCode(200)
                .body("id", hasItem(later));
        API.given().get("/shop/items/{id}", later).then().statusCode(200).body("onSale", equalTo(false));
        API.given()
                .get("/shop/items/{id}", "no-such-item")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://buzzline.dev/problems/item-not-found"));
    }

    @Test
    void badItemsAndPurchasesAreRefusedNamingTheField() {
        API.givenInvalid()
                .header("Authorization", TestTokens.editor())
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"AVATAR\",\"name\":\"Free\",\"price\":0}")
                .put("/shop/items/free")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("price"));
        API.givenInvalid()
                .header("Authorization", TestTokens.editor())
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"AVATAR\",\"name\":\"Backwards\",\"price\":5,"
                        + "\"availableFrom\":\"2030-01-01T00:00:00Z\",\"availableUntil\":\"2029-01-01T00:00:00Z\"}")
                .put("/shop/items/backwards")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("availableUntil"));
        API.givenInvalid()
                .header("Authorization", TestTokens.player("g_00000000000000aa", Wallets.newPlayer()))
                .contentType(ContentType.JSON)
                .body("{\"itemId\":\"x\",\"price\":5}")
                .post("/shop/purchases")
                .then()
                .statusCode(400)
                .body("violations[0].in", equalTo("header"));
        API.givenInvalid()
                .header("Authorization", TestTokens.player("g_00000000000000aa", Wallets.newPlayer()))
                .header("Idempotency-Key", "k1")
                .contentType(ContentType.JSON)
                .body("{\"itemId\":\"x\",\"price\":-5}")
                .post("/shop/purchases")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("price"));
    }
}
