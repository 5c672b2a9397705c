package io.buzzline.content.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.content.history.GameArchive;
import io.buzzline.content.question.Questions;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * No answer key reaches anyone but editors and services over any GET route content serves: every route
 * of the served OpenAPI document is read, with real ids of a question, a pack and an archived game whose
 * questions were never revealed, by nobody, a player, a host, a spectator and an operator.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class KeySecrecyTest {

    /** A key as content's JSON names it (question and pack views, the canon's Question). */
    private static final Pattern KEY_FIELD = Pattern.compile("\"(answer|correctAnswer)\"\\s*:");

    @Inject
    GameArchive archive;

    private String category;
    private String questionId;
    private String packId;
    private String gameId;

    @BeforeEach
    void bankPackAndArchivedGame() {
        TestTokens.actAs(null);
        category = Questions.freshCategory();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(RestAssured.given()
                    .header("Authorization", TestTokens.editor())
                    .contentType(ContentType.JSON)
                    .body(Questions.body("Secret question " + i + " of " + category + "?", category, 1))
                    .post("/questions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .<String>path("id"));
        }
        questionId = ids.getFirst();
        packId = RestAssured.given()
                .header("Authorization", TestTokens.service())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "count",
                        3,
                        "categories",
                        List.of(category),
                        "difficultyMin",
                        1,
                        "difficultyMax",
                        1,
                        "language",
                        "en"))
                .post("/packs")
                .then()
                .statusCode(201)
                .extract()
                .path("packId");
        gameId = "g-" + UUID.randomUUID();
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        QuestionPack pack = new QuestionPack(
                packId,
                ids.stream()
                        .map(id -> new Question(id, "Never shown?", List.of("Alpha", "Beta"), "Beta"))
                        .toList());
        archive.archive(List.of(
                EventEnvelope.of(gameId, 1, at, new QuestionsLoaded(pack)),
                EventEnvelope.of(gameId, 2, at, new GameEnded(GameEnded.Reason.ENDED_BY_HOST))));
    }

    @Test
    void editorsAndServicesReadKeysSoTheFixtureHasSomeToLeak() {
        RestAssured.given()
                .header("Authorization", TestTokens.editor())
                .get("/questions/{id}", questionId)
                .then()
                .statusCode(200)
                .body("answer", notNullValue());
        RestAssured.given()
                .header("Authorization", TestTokens.service())
                .get("/packs/{id}", packId)
                .then()
                .statusCode(200)
                .body("questions.correctAnswer", everyItem(notNullValue()));
        assertThat(RestAssured.given()
                        .header("Authorization", TestTokens.editor())
                        .get("/history/games/{id}/events", gameId)
                        .asString())
                .contains("QUESTIONS_LOADED");
    }

    @Test
    void noGetRouteShowsAKeyToAnyoneElse() {
        Map<String, Map<String, Object>> paths = RestAssured.given()
                .accept("application/json")
                .get("/q/openapi")
                .jsonPath()
                .getMap("paths");
        List<String> callers = List.of(
                "",
                TestTokens.player(gameId, "p_player"),
                TestTokens.host(gameId, "h_host"),
                TestTokens.spectator(gameId),
                TestTokens.operator());
        List<String> leaks = new ArrayList<>();
        int read = 0;
        for (String path : new TreeSet<>(paths.keySet())) {
            if (!paths.get(path).containsKey("get")) {
                continue;
            }
            for (String format : path.equals("/questions/export") ? List.of("json", "csv") : List.of("json")) {
                for (String caller : callers) {
                    var request =
                            RestAssured.given().queryParam("category", category).queryParam("format", format);
                    if (!caller.isEmpty()) {
                        request.header("Authorization", caller);
                    }
                    Response response = request.get(concrete(path));
                    read += response.statusCode() == 200 ? 1 : 0;
                    String body = response.asString();
                    boolean csvWithKeys = response.statusCode() == 200 && format.equals("csv");
                    if (KEY_FIELD.matcher(body).find() || csvWithKeys) {
                        leaks.add(
                                path + " (" + format + ") to " + (caller.isEmpty() ? "nobody" : caller.substring(0, 20))
                                        + ": " + body.substring(0, Math.min(200, body.length())));
                    }
                }
            }
        }
        assertThat(read).as("routes that answered 200 with real data").isGreaterThan(10);
        assertThat(leaks).isEmpty();
    }

    private String concrete(String path) {
        return path.replace("/questions/{id}", "/questions/" + questionId)
                .replace("{packId}", packId)
                .replace("{gameId}", gameId)
                .replace("{playerId}", "p_player")
                .replace("{id}", "999999999");
    }
}
