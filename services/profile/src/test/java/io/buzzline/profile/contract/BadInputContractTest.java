package io.buzzline.profile.contract;

import java.util.stream.Stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.problems.BadInput;
import io.buzzline.testing.problems.ProblemAssertions;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.testing.problems.BadInput.edit;

/** Every bad request to profile gets the documented problem+json answer, naming what is wrong; nothing changes. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class BadInputContractTest {

    static final String CREDENTIALS = "{\"email\":\"ada@example.org\",\"password\":\"correct horse battery\"}";
    static final String PURCHASE = "{\"itemId\":\"fox\",\"price\":7}";
    static final String PROFILE = "{\"displayName\":\"Ada\",\"equipped\":{}}";
    static final String ITEM = "{\"kind\":\"AVATAR\",\"name\":\"Fox\",\"price\":7}";

    @BeforeEach
    void actAsAPlayer() {
        TestTokens.actAs(TestTokens.player("g_00000000000000aa", "p_badinput00000000"));
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    static Stream<BadInput> seeds() {
        return Stream.of(
                BadInput.body("sign-in not JSON", "/sessions", "{\"email\":", 400, "malformed-json", null),
                BadInput.body("sign-in trailing text", "/sessions", CREDENTIALS + " x", 400, "malformed-json", null),
                BadInput.body(
                        "sign-in unknown field",
                        "/sessions",
                        edit(CREDENTIALS, s -> s.replace("{", "{\"remember\":true,")),
                        400,
                        "unknown-field",
                        "remember"),
                BadInput.body(
                        "sign-in address a number",
                        "/sessions",
                        edit(CREDENTIALS, s -> s.replace("\"ada@example.org\"", "42")),
                        400,
                        "wrong-json-type",
                        "email"),
                BadInput.body(
                        "sign-in without a password",
                        "/sessions",
                        "{\"email\":\"ada@example.org\"}",
                        400,
                        "invalid-request",
                        "password"),
                BadInput.body(
                        "account password too long",
                        "/accounts",
                        edit(CREDENTIALS, s -> s.replace("correct horse battery", "x".repeat(129))),
                        400,
                        "invalid-request",
                        "password"),
                BadInput.body(
                        "purchase price a string",
                        "/shop/purchases",
                        edit(PURCHASE, s -> s.replace("7", "\"7\"")),
                        400,
                        "wrong-json-type",
                        "price"),
                BadInput.body(
                        "purchase price a fraction",
                        "/shop/purchases",
                        edit(PURCHASE, s -> s.replace("7", "7.5")),
                        400,
                        "wrong-json-type",
                        "price"),
                new BadInput(
                        "profile name too long",
                        "PUT",
                        "/profiles/me",
                        "application/json",
                        edit(PROFILE, s -> s.replace("Ada", "A".repeat(25))),
                        400,
                        "invalid-request",
                        "displayName",
                        "body"),
                new BadInput(
                        "profile unknown kind",
                        "PUT",
                        "/profiles/me",
                        "application/json",
                        edit(PROFILE, s -> s.replace("{}", "{\"HAT\":\"fox\"}")),
                        400,
                        "unknown-field",
                        "equipped.HAT",
                        "body"),
                new BadInput(
                        "profile without equipped",
                        "PUT",
                        "/profiles/me",
                        "application/json",
                        "{\"displayName\":\"Ada\"}",
                        400,
                        "invalid-request",
                        "equipped",
                        "body"),
                new BadInput(
                        "item by a player",
                        "PUT",
                        "/shop/items/fox",
                        "application/json",
                        ITEM,
                        403,
                        "forbidden",
                        null,
                        null),
                new BadInput(
                        "sign-in without a content type",
                        "POST",
                        "/sessions",
                        null,
                        CREDENTIALS,
                        415,
                        "unsupported-media-type",
                        null,
                        null),
                BadInput.query("ledger limit not a number", "/wallets/me/ledger?limit=abc", "limit"),
                BadInput.query("ledger limit zero", "/wallets/me/ledger?limit=0", "limit"),
                BadInput.query("ledger limit too big", "/wallets/me/ledger?limit=101", "limit"),
                BadInput.query("ledger before the first", "/wallets/me/ledger?before=1", "before"),
                new BadInput(
                        "item id with a slash",
                        "GET",
                        "/shop/items/a%2Fb",
                        null,
                        null,
                        400,
                        "invalid-request",
                        "itemId",
                        "path"),
                new BadInput("unknown route", "GET", "/no-such-thing", null, null, 404, "not-found", null, null),
                new BadInput(
                        "wrong method", "DELETE", "/shop/items", null, null, 405, "method-not-allowed", null, null),
                new BadInput("not acceptable", "GET", "/shop/items", null, null, 406, "not-acceptable", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void answersWithTheDocumentedProblem(BadInput input) {
        ProblemAssertions.assertProblem(input.send(), input);
    }
}
