package io.buzzline.lobby.contract;

import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.JoinGame;
import io.buzzline.lobby.support.MatchServiceTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/**
 * A player signed in to their account on another device (issue 21) joins as themselves: the account token
 * profile signed names the player, so the join needs no guest credential and the game, its results and the
 * wallet all know the same player id.
 */
@QuarkusTest
@WithTestResource(MatchServiceTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class AccountJoinTest {

    private static final String PLAYER = "p_account000000001";

    @InjectRedis
    RedisTarget redis;

    private LobbyFixture lobby;
    private String code;
    private String gameId;

    @BeforeEach
    void game() {
        lobby = new LobbyFixture(redis);
        var created = lobby.createdGame(LobbyFixture.classicGame(4));
        code = (String) created.get("joinCode");
        gameId = (String) created.get("gameId");
    }

    private ValidatableResponse join(String authorization, Map<String, Object> body) {
        return given().filter(lobby.contract())
                .header("Authorization", authorization)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/codes/{code}/players", code)
                .then();
    }

    @Test
    void anAccountTokenJoinsAsItsPlayerAndComesBackAsThem() {
        join(TestTokens.account(PLAYER), Map.of("nickname", "Ada"))
                .statusCode(201)
                .body("playerId", equalTo(PLAYER))
                .body("credential", nullValue())
                .body("rejoined", equalTo(false));
        assertThat(lobby.queuedCommands())
                .anySatisfy(command -> assertThat(command.command()).isEqualTo(new JoinGame(PLAYER, "Ada", null)));

        // The same account from a second device: the same player, back in the game with its nickname.
        join(TestTokens.account(PLAYER), Map.of("nickname", "Someone else"))
                .statusCode(201)
                .body("playerId", equalTo(PLAYER))
                .body("nickname", equalTo("Ada"))
                .body("rejoined", equalTo(true));
    }

    @Test
    void aGameTokenOrATokenWithAGuestPairIsRefused() {
        join(TestTokens.player("g_00000000000000aa", PLAYER), Map.of("nickname", "Ada"))
                .statusCode(403)
                .body("type", matchesPattern(".*/not-an-account-token"));
        given().filter(lobby.responsesOnly())
                .header("Authorization", TestTokens.account(PLAYER))
                .contentType(ContentType.JSON)
                .body(Map.of("nickname", "Ada", "playerId", "p_0000000000000000", "credential", "x"))
                .post("/codes/{code}/players", code)
                .then()
                .statusCode(400)
                .body("type", matchesPattern(".*/conflicting-identity"));
        join("Bearer not.a.token", Map.of("nickname", "Ada")).statusCode(401);
        assertThat(lobby.queuedCommands())
                .filteredOn(command -> command.gameId().equals(gameId))
                .noneSatisfy(command -> assertThat(command.command()).isInstanceOf(JoinGame.class));
    }
}
