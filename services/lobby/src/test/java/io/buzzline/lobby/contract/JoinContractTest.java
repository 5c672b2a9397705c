package io.buzzline.lobby.contract;

import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.JoinGame;
import io.buzzline.events.GameCreated;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.lobby.support.MatchServiceTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Contract of joining (nicknames, identities, capacity, quick play), against the real match service. */
@QuarkusTest
@WithTestResource(MatchServiceTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class JoinContractTest {

    @InjectRedis
    RedisTarget redis;

    private LobbyFixture lobby;
    private MatchSide match;
    private String code;
    private String gameId;

    @BeforeEach
    void game() {
        lobby = new LobbyFixture(redis);
        match = new MatchSide(redis);
        Map<String, Object> created = lobby.createdGame(LobbyFixture.classicGame(3));
        code = (String) created.get("joinCode");
        gameId = (String) created.get("gameId");
    }

    @Test
    void aFirstJoinCreatesAnIdentityAndMatchAddsThePlayer() {
        var joined = lobby.join(code, Map.of("nickname", "  Ada  "))
                .statusCode(201)
                .body("nickname", equalTo("Ada"))
                .body("rejoined", equalTo(false))
                .body("credential", notNullValue())
                .extract()
                .jsonPath();

        assertThat(lobby.queuedCommands()).anySatisfy(command -> assertThat(command.command())
                .isEqualTo(new JoinGame(joined.getString("playerId"), "Ada", null)));
        assertThat(match.awaitEvent(gameId, PlayerJoined.class))
                .isEqualTo(new PlayerJoined(joined.getString("playerId"), "Ada", null));
    }

    @Test
    void aLookAlikeOfATakenNicknameIsRefused() {
        lobby.join(code, Map.of("nickname", "Ada")).statusCode(201);

        lobby.join(code, Map.of("nickname", "ÁDА")).statusCode(409).body("type", matchesPattern(".*/nickname-taken"));
    }

    @Test
    void anAbusiveNicknameIsRefusedWithTheReason() {
        lobby.join(code, Map.of("nickname", "a55h0le"))
                .statusCode(422)
                .body("type", matchesPattern(".*/nickname-rejected"))
                .body("detail", matchesPattern(".*NOT_ALLOWED.*"));
    }

    @Test
    void aReturningPlayerGetsTheSameIdentityAndNickname() {
        var first = lobby.join(code, Map.of("nickname", "Grace"))
                .statusCode(201)
                .extract()
                .jsonPath();

        lobby.join(
                        code,
                        Map.of(
                                "nickname", "Somebody Else",
                                "playerId", first.getString("playerId"),
                                "credential", first.getString("credential")))
                .statusCode(201)
                .body("playerId", equalTo(first.getString("playerId")))
                .body("nickname", equalTo("Grace"))
                .body("rejoined", equalTo(true))
                .body("credential", nullValue());

        // Match still has Grace once, as she was: a later join shows it has seen everything before.
        String later = lobby.join(code, Map.of("nickname", "Later"))
                .statusCode(201)
                .extract()
                .path("playerId");
        match.awaitEvent(gameId, PlayerJoined.class, joined -> joined.playerId().equals(later));
        assertThat(match.events(gameId, PlayerJoined.class))
                .filteredOn(joined -> joined.playerId().equals(first.getString("playerId")))
                .containsExactly(new PlayerJoined(first.getString("playerId"), "Grace", null));
        assertThat(match.events(gameId, PlayerLeft.class)).isEmpty();
    }

    @Test
    void aWrongOrPartialCredentialIsRefused() {
        var first = lobby.join(code, Map.of("nickname", "Linus"))
                .statusCode(201)
                .extract()
                .jsonPath();

        lobby.join(code, Map.of("nickname", "Linus", "playerId", first.getString("playerId"), "credential", "guess"))
                .statusCode(401)
                .body("type", matchesPattern(".*/invalid-credential"));
        // The document requires the pair too (dependentRequired): only the answer is checked against it.
        given().filter(lobby.responsesOnly())
                .contentType(ContentType.JSON)
                .body(Map.of("nickname", "Linus", "playerId", first.getString("playerId")))
                .post("/codes/{code}/players", code)
                .then()
                .statusCode(400)
                .body("type", matchesPattern(".*/incomplete-identity"));
    }

    @Test
    void aFullGameSaysSo() {
        lobby.join(code, Map.of("nickname", "One")).statusCode(201);
        lobby.join(code, Map.of("nickname", "Two")).statusCode(201);
        lobby.join(code, Map.of("nickname", "Three")).statusCode(201);

        lobby.join(code, Map.of("nickname", "Four")).statusCode(409).body("type", matchesPattern(".*/game-full"));
        await().atMost(MatchSide.PATIENCE).untilAsserted(() -> assertThat(match.events(gameId, PlayerJoined.class))
                .extracting(PlayerJoined::nickname)
                .containsExactly("One", "Two", "Three"));
    }

    @Test
    void presenceReportsWhatTheGatewaysCount() {
        lobby.join(code, Map.of("nickname", "Ada")).statusCode(201);
        try (var commands = new io.buzzline.testing.redis.RedisCommands(redis.url())) {
            String presence = redis.names().game(gameId).presence();
            long now = System.currentTimeMillis();
            // One gateway counts this player; a second one's share is stale (it stopped refreshing).
            commands.send(io.vertx.redis.client.Command.HSET, presence, "gateway-a", "1@" + now);
            commands.send(io.vertx.redis.client.Command.HSET, presence, "gateway-b", "5@" + (now - 60_000));
        }

        given().filter(lobby.contract())
                .get("/games/{id}/presence", gameId)
                .then()
                .statusCode(200)
                .body("players", equalTo(1))
                .body("connected", equalTo(1));
    }

    @Test
    void quickPlayFillsAnOpenPublicGameBeforeStartingAnother() {
        String first = given().filter(lobby.contract())
                .contentType("application/json")
                .body(Map.of("nickname", "Quick One", "language", "it"))
                .post("/quickplay")
                .then()
                .statusCode(201)
                .extract()
                .path("gameId");
        String second = given().filter(lobby.contract())
                .contentType("application/json")
                .body(Map.of("nickname", "Quick Two", "language", "it"))
                .post("/quickplay")
                .then()
                .statusCode(201)
                .extract()
                .path("gameId");

        assertThat(second).isEqualTo(first);
        GameCreated created = match.awaitEvent(first, GameCreated.class);
        assertThat(created.settings().language()).isEqualTo("it");
        await().atMost(MatchSide.PATIENCE).untilAsserted(() -> assertThat(match.events(first, PlayerJoined.class))
                .extracting(PlayerJoined::nickname)
                .containsExactlyInAnyOrder("Quick One", "Quick Two"));
    }
}
