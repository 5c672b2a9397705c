package io.buzzline.profile.account;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.buzzline.profile.support.Wallets;
import io.buzzline.profile.wallet.WalletService;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.hamcrest.Matchers.equalTo;

/** A profile shows what its player equipped, and only what they own, each in its own kind's slot. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ProfilesTest {

    private static final OpenApiValidation API = OpenApiValidation.ofServedDocument();

    @Inject
    WalletService wallets;

    @Test
    void aPlayerEquipsWhatTheyOwnAndEveryoneSeesIt() {
        String player = Wallets.newPlayer();
        String token = TestTokens.player("g_00000000000000aa", player);
        Wallets.fund(wallets, player, 1);
        String avatar = "prof-" + UUID.randomUUID();
        String badge = "prof-" + UUID.randomUUID();
        for (String[] item : new String[][] {{avatar, "AVATAR"}, {badge, "BADGE"}}) {
            API.given()
                    .header("Authorization", TestTokens.editor())
                    .contentType(ContentType.JSON)
                    .body("{\"kind\":\"" + item[1] + "\",\"name\":\"Thing\",\"price\":5}")
                    .put("/shop/items/{id}", item[0])
                    .then()
                    .statusCode(201);
        }
        API.given()
                .header("Authorization", token)
                .header("Idempotency-Key", "buy-avatar")
                .contentType(ContentType.JSON)
                .body(Map.of("itemId", avatar, "price", 5))
                .post("/shop/purchases")
                .then()
                .statusCode(201);

        API.given()
                .header("Authorization", token)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Grace", "equipped", Map.of("BADGE", badge)))
                .put("/profiles/me")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://buzzline.dev/problems/not-owned"));
        API.given()
                .header("Authorization", token)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Grace", "equipped", Map.of("NAME_COLOUR", avatar)))
                .put("/profiles/me")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("equipped.NAME_COLOUR"));
        API.given()
                .header("Authorization", token)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Grace", "equipped", Map.of("AVATAR", avatar)))
                .put("/profiles/me")
                .then()
                .statusCode(200);

        API.given()
                .get("/profiles/{id}", player)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Grace"))
                .body("equipped.AVATAR", equalTo(avatar));
    }
}
