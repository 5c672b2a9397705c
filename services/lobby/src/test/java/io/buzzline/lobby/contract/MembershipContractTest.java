package io.buzzline.lobby.contract;

import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.lobby.support.ContentPacksTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

/** Contract of leaving and kicking, with the tokens the lobby issued. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
@WithTestResource(ContentPacksTestResource.class)
class MembershipContractTest {

    @InjectRedis
    RedisTarget redis;

    private LobbyFixture lobby;
    private String code;
    private String gameId;
    private String hostToken;

    @BeforeEach
    void game() {
        lobby = new LobbyFixture(redis);
        Map<String, Object> created = lobby.createdGame(LobbyFixture.classicGame(10));
        code = (String) created.get("joinCode");
        gameId = (String) created.get("gameId");
        hostToken = (String) created.get("hostToken");
    }

    @Test
    void aPlayerWhoLeftFreesTheNickname() {
        JsonPath ada = lobby.join(code, Map.of("nickname", "Ada"))
                .statusCode(201)
                .extract()
                .jsonPath();

        remove(ada.getString("playerId"), ada.getString("playerToken"), 204);

        lobby.join(code, Map.of("nickname", "Ada")).statusCode(201);
    }

    @Test
    void aKickedPlayerCannotComeBack() {
        JsonPath bob = lobby.join(code, Map.of("nickname", "Bob"))
                .statusCode(201)
                .extract()
                .jsonPath();

        remove(bob.getString("playerId"), hostToken, 204);

        lobby.join(
                        code,
                        Map.of(
                                "nickname", "Bob",
                                "playerId", bob.getString("playerId"),
                                "credential", bob.getString("credential")))
                .statusCode(403)
                .body("type", matchesPattern(".*/kicked"));
    }

    @Test
    void aPlayerCannotRemoveSomeoneElse() {
        JsonPath ada = lobby.join(code, Map.of("nickname", "Ada"))
                .statusCode(201)
                .extract()
                .jsonPath();
        JsonPath bob = lobby.join(code, Map.of("nickname", "Bob"))
                .statusCode(201)
                .extract()
                .jsonPath();

        remove(bob.getString("playerId"), ada.getString("playerToken"), 403);
    }

    @Test
    void removingNeedsAValidTokenForThisGame() {
        JsonPath ada = lobby.join(code, Map.of("nickname", "Ada"))
                .statusCode(201)
                .extract()
                .jsonPath();
        String otherHost =
                (String) lobby.createdGame(LobbyFixture.classicGame(5)).get("hostToken");

        given().delete("/games/{g}/players/{p}", gameId, ada.getString("playerId"))
                .then()
                .statusCode(401);
        remove(ada.getString("playerId"), otherHost, 403);
        remove(ada.getString("playerId"), "not.a.token", 401);
    }

    @Test
    void removingSomeoneNotInTheGameIsNotFound() {
        remove("p_AAAAAAAAAAAAAAAA", hostToken, 404);
    }

    private void remove(String playerId, String token, int status) {
        given().filter(lobby.contract())
                .auth()
                .oauth2(token)
                .delete("/games/{g}/players/{p}", gameId, playerId)
                .then()
                .statusCode(status);
    }
}
