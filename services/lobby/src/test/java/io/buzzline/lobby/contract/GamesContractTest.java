package io.buzzline.lobby.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.CreateGame;
import io.buzzline.events.GameCreated;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.lobby.support.MatchServiceTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** Contract of creating, finding and listing games, against the real match service. */
@QuarkusTest
@WithTestResource(MatchServiceTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class GamesContractTest {

    @InjectRedis
    RedisTarget redis;

    private LobbyFixture lobby;
    private MatchSide match;

    @BeforeEach
    void fixture() {
        lobby = new LobbyFixture(redis);
        match = new MatchSide(redis);
    }

    @Test
    void createReturnsCodeAndHostTokenAndMatchCreatesTheGameWithItsPack() {
        Map<String, Object> created = lobby.createdGame(LobbyFixture.classicGame(50));
        String gameId = (String) created.get("gameId");

        assertThat((String) created.get("joinCode")).matches("[2-9A-HJKMNP-Z]{6}");
        assertThat((String) created.get("hostToken")).contains(".");
        List<CommandEnvelope> commands = lobby.queuedCommands().stream()
                .filter(c -> c.gameId().equals(gameId))
                .toList();
        assertThat(commands).singleElement().satisfies(command -> {
            CreateGame create = (CreateGame) command.command();
            assertThat(create.settings().maxPlayers()).isEqualTo(50);
            assertThat(create.settings().questionPackId()).startsWith("pack-");
        });

        GameCreated inMatch = match.awaitEvent(gameId, GameCreated.class);
        assertThat(inMatch.hostId()).isEqualTo("h_" + gameId.substring(2));
        assertThat(inMatch.settings().maxPlayers()).isEqualTo(50);
        assertThat(inMatch.settings().language()).isEqualTo("en");
        String packId = inMatch.settings().questionPackId();
        assertThat(match.awaitEvent(gameId, QuestionsLoaded.class).pack().packId())
                .isEqualTo(packId);
        assertThat(match.log(gameId).getFirst().sequence()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyCreatesOneGame() {
        String first = given().filter(lobby.contract())
                .header("Idempotency-Key", "create-once-12345")
                .contentType(ContentType.JSON)
                .body(LobbyFixture.classicGame(10))
                .post("/games")
                .then()
                .statusCode(201)
                .extract()
                .path("gameId");
        String second = given().filter(lobby.contract())
                .header("Idempotency-Key", "create-once-12345")
                .contentType(ContentType.JSON)
                .body(LobbyFixture.classicGame(10))
                .post("/games")
                .then()
                .statusCode(201)
                .extract()
                .path("gameId");

        assertThat(second).isEqualTo(first);
        assertThat(lobby.queuedCommands().stream().filter(c -> c.gameId().equals(first)))
                .hasSize(1);
        match.awaitEvent(first, QuestionsLoaded.class);
        assertThat(match.events(first, GameCreated.class)).hasSize(1);
    }

    @Test
    void invalidSettingsAreAProblemNamingTheField() {
        Map<String, Object> body = new HashMap<>(LobbyFixture.classicGame(0));
        body.put("language", "english");

        lobby.createGame(body)
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
    }

    @Test
    void aBankThatCannotFillTheGameIsReportedAndNothingIsCreated() {
        Map<String, Object> body = new HashMap<>(LobbyFixture.classicGame(10));
        body.put("categories", List.of("empty"));
        int commandsBefore = lobby.queuedCommands().size();

        given().filter(lobby.contract())
                .header("Idempotency-Key", "retry-after-422-1")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/games")
                .then()
                .statusCode(422)
                .body("type", matchesPattern(".*/not-enough-questions"));

        assertThat(lobby.queuedCommands()).hasSize(commandsBefore);
        given().filter(lobby.contract())
                .header("Idempotency-Key", "retry-after-422-1")
                .contentType(ContentType.JSON)
                .body(LobbyFixture.classicGame(10))
                .post("/games")
                .then()
                .statusCode(201);
    }

    @Test
    void aGameIsFoundByIdAndByTheCodeAsTyped() {
        Map<String, Object> created = lobby.createdGame(LobbyFixture.classicGame(50));
        String code = ((String) created.get("joinCode")).toLowerCase();

        given().filter(lobby.contract())
                .get("/codes/{code}", code.substring(0, 3) + "-" + code.substring(3))
                .then()
                .statusCode(200)
                .body("gameId", equalTo(created.get("gameId")))
                .body("status", equalTo("OPEN"));
        given().filter(lobby.contract())
                .get("/games/{id}", created.get("gameId"))
                .then()
                .statusCode(200)
                .body("joinCode", equalTo(created.get("joinCode")));
    }

    @Test
    void unknownAndMalformedCodesAreProblems() {
        given().filter(lobby.contract())
                .get("/codes/ZZZZZZ")
                .then()
                .statusCode(404)
                .body("type", matchesPattern(".*/game-not-found"));
        // The document's pattern refuses it too: only the answer is checked against the document.
        given().filter(lobby.responsesOnly())
                .get("/codes/O0O0O0")
                .then()
                .statusCode(400)
                .body("type", matchesPattern(".*/invalid-join-code"));
        given().filter(lobby.contract()).get("/games/g_0000000000000000").then().statusCode(404);
    }

    @Test
    void publicGamesAreListedByLanguage() {
        Map<String, Object> body = new HashMap<>(LobbyFixture.classicGame(20));
        body.put("publicGame", true);
        body.put("language", "de");
        String gameId = (String) lobby.createdGame(body).get("gameId");

        List<String> german = given().filter(lobby.contract())
                .get("/games?language=de")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("gameId");
        assertThat(german).contains(gameId);
        assertThat(given().get("/games?language=fr").then().extract().jsonPath().getList("gameId", String.class))
                .doesNotContain(gameId);
    }
}
