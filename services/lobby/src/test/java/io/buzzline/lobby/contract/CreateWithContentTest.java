package io.buzzline.lobby.contract;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;
import io.buzzline.lobby.support.ContentServiceTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/**
 * Creating games against the real content service: what the web client's create form sends (no
 * categories, no optional settings) creates a game with the documented defaults, and a host's
 * {@code packId} is checked at the door.
 */
@QuarkusTest
@WithTestResource(ContentServiceTestResource.class)
class CreateWithContentTest {

    @InjectRedis
    RedisTarget redis;

    @ConfigProperty(name = "quarkus.rest-client.content.url")
    String contentUrl;

    private LobbyFixture lobby;

    @BeforeEach
    void fixture() {
        lobby = new LobbyFixture(redis);
    }

    @Test
    void noCategoriesAndNoOptionalSettingsMakeAGameOfAnyCategoryWithTheDocumentedDefaults() {
        Map<String, Object> minimal = Map.of("rounds", List.of(Map.of("mode", "CLASSIC")), "language", "en");
        Map<String, Object> emptyCategories = new HashMap<>(minimal);
        emptyCategories.put("categories", List.of());

        for (Map<String, Object> body : List.of(minimal, emptyCategories)) {
            Map<String, Object> created = created(body);
            GameSettings settings = queuedSettings((String) created.get("gameId"));
            assertThat(settings.maxPlayers()).isEqualTo(100);
            assertThat(settings.rounds()).singleElement().satisfies(round -> {
                assertThat(round.mode()).isEqualTo(RoundMode.CLASSIC);
                assertThat(round.questionCount()).isEqualTo(5);
                assertThat(round.questionTimeLimit()).isEqualTo(Duration.ofSeconds(20));
            });
            List<String> categories = packCategories(settings.questionPackId());
            assertThat(categories).hasSize(5).containsAnyOf("history", "science");
        }
    }

    @Test
    void quickPlayWithoutACategoryMakesAGame() {
        String gameId = given().filter(lobby.contract())
                .contentType(ContentType.JSON)
                .body(Map.of("nickname", "Quick", "language", "en"))
                .post("/quickplay")
                .then()
                .statusCode(201)
                .extract()
                .path("gameId");
        assertThat(packCategories(queuedSettings(gameId).questionPackId())).isNotEmpty();
    }

    @Test
    void anUnknownPackIsRefusedAtCreateAndNothingIsQueued() {
        Map<String, Object> body = new HashMap<>(LobbyFixture.classicGame(10));
        body.put("packId", "no-such-pack");
        int commandsBefore = lobby.queuedCommands().size();

        lobby.createGame(body)
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", matchesPattern(".*/unknown-pack"))
                .body("status", equalTo(422));
        assertThat(lobby.queuedCommands()).hasSize(commandsBefore);
    }

    @Test
    void aKnownPackIsUsedAsItIsWhenItHoldsEnoughQuestions() {
        String packId = given().baseUri(contentUrl)
                .header("Authorization", TestTokens.service())
                .contentType(ContentType.JSON)
                .body(Map.of("count", 3, "language", "en"))
                .post("/packs")
                .then()
                .statusCode(201)
                .extract()
                .path("packId");
        Map<String, Object> body = new HashMap<>(LobbyFixture.classicGame(10));
        body.put("packId", packId);

        Map<String, Object> created = created(body);
        assertThat(queuedSettings((String) created.get("gameId")).questionPackId())
                .isEqualTo(packId);

        body.put("rounds", List.of(Map.of("mode", "CLASSIC", "questions", 4)));
        lobby.createGame(body).statusCode(422).body("type", matchesPattern(".*/not-enough-questions"));
    }

    private Map<String, Object> created(Map<String, Object> body) {
        return given().filter(lobby.contract())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/games")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private GameSettings queuedSettings(String gameId) {
        return lobby.queuedCommands().stream()
                .filter(c -> c.gameId().equals(gameId) && c.command() instanceof CreateGame)
                .map(c -> ((CreateGame) c.command()).settings())
                .findFirst()
                .orElseThrow();
    }

    private List<String> packCategories(String packId) {
        return given().baseUri(contentUrl)
                .get("/packs/{id}", packId)
                .then()
                .statusCode(200)
                .extract()
                .path("questions.category");
    }
}
