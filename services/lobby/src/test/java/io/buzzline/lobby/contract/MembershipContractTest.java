package io.buzzline.lobby.contract;

import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.lobby.support.MatchServiceTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

/** Contract of leaving and kicking, with the tokens the lobby issued, against the real match service. */
@QuarkusTest
@WithTestResource(MatchServiceTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class MembershipContractTest {

    @InjectRedis
    RedisTarget redis;

    private LobbyFixture lobby;
    private MatchSide match;
    private String code;
    private String gameId;
    private String hostToken;

    @BeforeEach
    void game() {
        lobby = new LobbyFixture(redis);
        match = new MatchSide(redis);
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
        assertThat(match.awaitEvent(gameId, PlayerLeft.class))
                .isEqualTo(new PlayerLeft(ada.getString("playerId"), PlayerLeft.Reason.LEFT));

        String newAda = lobby.join(code, Map.of("nickname", "Ada"))
                .statusCode(201)
                .extract()
                .path("playerId");
        match.awaitEvent(gameId, PlayerJoined.class, joined -> joined.playerId().equals(newAda));
    }

    @Test
    void aKickedPlayerCannotComeBack() {
        JsonPath bob = lobby.join(code, Map.of("nickname", "Bob"))
                .statusCode(201)
                .extract()
                .jsonPath();

        remove(bob.getString("playerId"), hostToken, 204);
        assertThat(match.awaitEvent(gameId, PlayerLeft.class))
                .isEqualTo(new PlayerLeft(bob.getString("playerId"), PlayerLeft.Reason.KICKED));

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
        // Nothing reached match: both are still in the game after a later, legitimate leave.
        remove(ada.getString("playerId"), ada.getString("playerToken"), 204);
        assertThat(match.awaitEvent(gameId, PlayerLeft.class).playerId()).isEqualTo(ada.getString("playerId"));
        assertThat(match.events(gameId, PlayerLeft.class)).hasSize(1);
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
        // A plain header, not auth().oauth2(): REST Assured adds that after the filters, and the contract
        // filter checks the now-defined 'token' scheme on the request it sees.
        given().filter(lobby.contract())
                .header("Authorization", "Bearer " + token)
                .delete("/games/{g}/players/{p}", gameId, playerId)
                .then()
                .statusCode(status);
    }
}
