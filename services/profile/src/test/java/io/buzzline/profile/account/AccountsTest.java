package io.buzzline.profile.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import io.buzzline.events.GameEnded;
import io.buzzline.firestore.Futures;
import io.buzzline.profile.support.Wallets;
import io.buzzline.profile.wallet.GrantOutcome;
import io.buzzline.profile.wallet.WalletService;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;
import io.buzzline.wallet.EntryReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** A guest becomes an account, signs in on a second device and finds the same inventory; lockout; my data. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class AccountsTest {

    private static final OpenApiValidation API = OpenApiValidation.ofServedDocument();
    private static final String PASSWORD = "correct horse battery";

    @Inject
    WalletService wallets;

    private static String guest(String playerId) {
        return TestTokens.player("g_00000000000000aa", playerId);
    }

    private static String address() {
        return "Player." + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
    }

    private static String item(long price) {
        String id = "acct-" + UUID.randomUUID();
        API.given()
                .header("Authorization", TestTokens.editor())
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"AVATAR\",\"name\":\"Fox\",\"price\":" + price + "}")
                .put("/shop/items/{id}", id)
                .then()
                .statusCode(201);
        return id;
    }

    private static ValidatableResponse createAccount(String playerId, String email, String password) {
        return API.given()
                .header("Authorization", guest(playerId))
                .contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/accounts")
                .then();
    }

    private static ValidatableResponse signInAttempt(String email, String password) {
        return API.given()
                .contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/sessions")
                .then();
    }

    private static String signIn(String email, String password) {
        return signInAttempt(email, password).statusCode(200).extract().path("token");
    }

    @Test
    void aGuestUpgradesAndSignsInFromASecondClientWithTheSameInventory() {
        String player = Wallets.newPlayer();
        Wallets.fund(wallets, player, 1);
        String fox = item(20);
        API.given()
                .header("Authorization", guest(player))
                .header("Idempotency-Key", "first-buy")
                .contentType(ContentType.JSON)
                .body(Map.of("itemId", fox, "price", 20))
                .post("/shop/purchases")
                .then()
                .statusCode(201);
        String email = address();
        createAccount(player, email, PASSWORD)
                .statusCode(201)
                .body("playerId", equalTo(player))
                .body("email", equalTo(email.toLowerCase()));

        // A second client: no token of the guest's, only the address (typed differently) and the password.
        String token = signIn("  " + email.toUpperCase() + " ", PASSWORD);
        API.given()
                .header("Authorization", "Bearer " + token)
                .get("/inventory/me")
                .then()
                .statusCode(200)
                .body("itemId", equalTo(List.of(fox)));
        API.given()
                .header("Authorization", "Bearer " + token)
                .get("/wallets/me")
                .then()
                .body("playerId", equalTo(player))
                .body("balance", equalTo(30));
        API.given()
                .header("Authorization", "Bearer " + token)
                .get("/accounts/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(email.toLowerCase()));
    }

    @Test
    void anAddressOrAPlayerHasOneAccountAndBadCredentialsAreNamed() {
        String first = Wallets.newPlayer();
        String email = address();
        createAccount(first, email, PASSWORD).statusCode(201);
        createAccount(Wallets.newPlayer(), email, PASSWORD)
                .statusCode(409)
                .body("type", equalTo("https://buzzline.dev/problems/email-taken"));
        createAccount(first, address(), PASSWORD)
                .statusCode(409)
                .body("type", equalTo("https://buzzline.dev/problems/account-exists"));
        API.givenInvalid()
                .header("Authorization", guest(Wallets.newPlayer()))
                .contentType(ContentType.JSON)
                .body(Map.of("email", address(), "password", "short"))
                .post("/accounts")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("password"));
        API.givenInvalid()
                .header("Authorization", guest(Wallets.newPlayer()))
                .contentType(ContentType.JSON)
                .body(Map.of("email", "not an address", "password", PASSWORD))
                .post("/accounts")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("email"));
        API.given()
                .header("Authorization", guest(Wallets.newPlayer()))
                .get("/accounts/me")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://buzzline.dev/problems/no-account"));
    }

    @Test
    void wrongPasswordsLockTheAccountAndAnUnknownAddressLooksTheSame() {
        String email = address();
        createAccount(Wallets.newPlayer(), email, PASSWORD).statusCode(201);
        signInAttempt(address(), PASSWORD)
                .statusCode(401)
                .body("type", equalTo("https://buzzline.dev/problems/invalid-credentials"));
        for (int i = 0; i < 5; i++) {
            signInAttempt(email, "wrong password " + i)
                    .statusCode(401)
                    .body("type", equalTo("https://buzzline.dev/problems/invalid-credentials"));
        }
        // Locked: even the right password is refused, and the client is told until when.
        signInAttempt(email, PASSWORD)
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://buzzline.dev/problems/account-locked"))
                .body("lockedUntil", notNullValue());
    }

    @Test
    void myDataIsExportedWholeAndDeletedForGood() {
        String player = Wallets.newPlayer();
        Wallets.fund(wallets, player, 2);
        String email = address();
        createAccount(player, email, PASSWORD).statusCode(201);
        API.given()
                .header("Authorization", guest(player))
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ada", "equipped", Map.of()))
                .put("/profiles/me")
                .then()
                .statusCode(200);
        API.given()
                .header("Authorization", guest(player))
                .get("/accounts/me/export")
                .then()
                .statusCode(200)
                .body("account.email", equalTo(email.toLowerCase()))
                .body("profile.displayName", equalTo("Ada"))
                .body("wallet.balance", equalTo(100))
                .body("ledger.size()", equalTo(2));

        API.given()
                .header("Authorization", guest(player))
                .delete("/accounts/me")
                .then()
                .statusCode(204);

        signInAttempt(email, PASSWORD).statusCode(401);
        API.given()
                .header("Authorization", guest(player))
                .get("/wallets/me")
                .then()
                .body("balance", equalTo(0))
                .body("entries", equalTo(0));
        API.given().get("/profiles/{id}", player).then().statusCode(200).body("displayName", equalTo(null));
        // A game result delivered after the deletion grants nothing.
        GrantOutcome late = Futures.await(wallets.grantGameResult(
                player, new EntryReason.GameResult("g_00000000000000cc", 1, 3, GameEnded.Reason.COMPLETED)));
        assertThat(late).isInstanceOf(GrantOutcome.PlayerDeleted.class);
        assertThat(wallets.wallet(player).balance()).isZero();
    }
}
