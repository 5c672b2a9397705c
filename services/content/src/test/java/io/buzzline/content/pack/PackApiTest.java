package io.buzzline.content.pack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.content.history.GameArchive;
import io.buzzline.content.history.GameLogs;
import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionService;
import io.buzzline.content.question.QuestionStatus;
import io.buzzline.content.question.Questions;
import io.buzzline.events.GameEnded;
import io.buzzline.events.PlayerJoined;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class PackApiTest {
    /** Editors' requests: these tests exercise what the bank does, who may do it is RoleMatrixTest's. */
    @BeforeEach
    void actAsEditor() {
        TestTokens.actAs(TestTokens.editor());
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    @Inject
    QuestionService questions;

    @Inject
    GameArchive archive;

    private OpenApiValidation api;

    @BeforeEach
    void loadContract() {
        api = OpenApiValidation.ofServedDocument();
    }

    @Test
    void servesOnlyActiveQuestionsOfTheLanguageAndDifficultyRangeWithTheirKeys() {
        String category = Questions.freshCategory();
        List<String> easy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            easy.add(add(category, 1 + i % 2, "en", "Easy " + i));
        }
        add(category, 5, "en", "Hard one");
        add(category, 1, "fr", "Facile");
        questions.setStatus(easy.removeLast(), QuestionStatus.RETIRED);

        var pack = api.given()
                .contentType(ContentType.JSON)
                .body(request(3, List.of(category), 1, 2, null))
                .post("/packs")
                .then()
                .statusCode(201)
                .body("questions", hasSize(3))
                .extract();
        List<String> ids = pack.path("questions.questionId");
        assertThat(ids).containsExactlyInAnyOrderElementsOf(easy);
        assertThat(pack.<List<String>>path("questions.correctAnswer")).containsOnly("Beta");

        api.given()
                .get("/packs/{id}", pack.<String>path("packId"))
                .then()
                .statusCode(200)
                .body("questions.questionId", equalTo(ids));
        api.given().get("/questions/{id}", ids.getFirst()).then().body("stats.timesUsed", equalTo(1));
    }

    @Test
    void interleavesCategoriesSoAPackIsBalanced() {
        String a = Questions.freshCategory();
        String b = Questions.freshCategory();
        for (int i = 0; i < 3; i++) {
            add(a, 3, "en", "Balance A " + i);
            add(b, 3, "en", "Balance B " + i);
        }
        List<String> categories = api.given()
                .contentType(ContentType.JSON)
                .body(request(4, List.of(a, b), 1, 5, null))
                .post("/packs")
                .then()
                .statusCode(201)
                .extract()
                .path("questions.category");
        assertThat(categories).containsExactly(a, b, a, b);
    }

    @Test
    void leavesOutWhatTheGroupPlayedRecentlyAndSaysSoWhenNothingFreshIsLeft() {
        String category = Questions.freshCategory();
        for (int i = 0; i < 4; i++) {
            add(category, 2, "en", "Recent " + i);
        }
        String group = "group-" + category;
        List<String> first = pack(category, group);
        List<String> second = pack(category, group);
        assertThat(second).doesNotContainAnyElementsOf(first);

        api.given()
                .contentType(ContentType.JSON)
                .body(request(2, List.of(category), 1, 5, group))
                .header("Cache-Control", "no-cache")
                .post("/packs")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("matching", equalTo(4))
                .body("fresh", equalTo(0));
        assertThat(pack(category, "another-" + group)).hasSize(2);
    }

    @Test
    void answersUnprocessableWhenTheBankIsTooSmall() {
        String category = Questions.freshCategory();
        add(category, 2, "en", "Lonely");
        api.given()
                .contentType(ContentType.JSON)
                .body(request(5, List.of(category), 1, 5, null))
                .post("/packs")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("matching", equalTo(1))
                .body("requested", equalTo(5));
    }

    @Test
    void keepsToTheSuccessRateBandOnceAQuestionHasEnoughAnswers() {
        String category = Questions.freshCategory();
        String easy = add(category, 2, "en", "Easy rate");
        String hard = add(category, 2, "en", "Hard rate");
        String unproven = add(category, 2, "en", "Unproven rate");
        GameLogs game = GameLogs.game("g-" + category, Instant.now())
                .add(new PlayerJoined("p-0", "P", null))
                .show(easy)
                .show(hard)
                .show(unproven);
        // Three answers each (the test threshold) for easy (all right) and hard (all wrong); two for unproven.
        for (int i = 0; i < 3; i++) {
            game.answer("p-" + i, easy, true, 500).answer("p-" + i, hard, false, 500);
        }
        game.answer("p-0", unproven, false, 500).answer("p-1", unproven, false, 500);
        archive.archive(game.add(new GameEnded(GameEnded.Reason.COMPLETED)).log());

        Map<String, Object> hardOnes = request(2, List.of(category), 1, 5, null);
        hardOnes.put("successRateMax", 0.5);
        assertThat(freshPack(hardOnes)).containsExactlyInAnyOrder(hard, unproven);
        Map<String, Object> easyOnes = request(2, List.of(category), 1, 5, null);
        easyOnes.put("successRateMin", 0.9);
        assertThat(freshPack(easyOnes)).containsExactlyInAnyOrder(easy, unproven);

        hardOnes.put("count", 3);
        api.given()
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-cache")
                .body(hardOnes)
                .post("/packs")
                .then()
                .statusCode(422)
                .body("matching", equalTo(2));
        easyOnes.put("successRateMax", 0.5);
        api.givenInvalid()
                .contentType(ContentType.JSON)
                .body(easyOnes)
                .post("/packs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /** A pack from pools read now: statistics change without dropping the cached pools. */
    private List<String> freshPack(Map<String, Object> body) {
        return api.given()
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-cache")
                .body(body)
                .post("/packs")
                .then()
                .statusCode(201)
                .extract()
                .path("questions.questionId");
    }

    @Test
    void drawsFromEveryCategoryOfTheLanguageWhenNoneIsNamed() {
        // Dutch is this test's own: the other tests' questions are English or French.
        String a = Questions.freshCategory();
        String b = Questions.freshCategory();
        List<String> dutch = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            dutch.add(add(a, 2, "nl", "Vraag A " + i));
            dutch.add(add(b, 4, "nl", "Vraag B " + i));
        }
        add(a, 2, "en", "Not Dutch");
        Map<String, Object> empty = request(4, List.of(), 1, 5, null);
        empty.put("language", "nl");
        Map<String, Object> absent = new HashMap<>(empty);
        absent.remove("categories");

        for (Map<String, Object> body : List.of(empty, absent)) {
            var pack = api.given()
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/packs")
                    .then()
                    .statusCode(201)
                    .extract();
            assertThat(pack.<List<String>>path("questions.questionId")).containsExactlyInAnyOrderElementsOf(dutch);
            assertThat(pack.<List<String>>path("questions.category")).contains(a, b);
        }
        absent.put("count", 5);
        api.given()
                .contentType(ContentType.JSON)
                .body(absent)
                .post("/packs")
                .then()
                .statusCode(422)
                .body("matching", equalTo(4));
    }

    @Test
    void refusesAnInvertedDifficultyRange() {
        api.givenInvalid()
                .contentType(ContentType.JSON)
                .body(request(1, List.of("geography"), 4, 2, null))
                .post("/packs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private List<String> pack(String category, String group) {
        return api.given()
                .contentType(ContentType.JSON)
                .body(request(2, List.of(category), 1, 5, group))
                .post("/packs")
                .then()
                .statusCode(201)
                .extract()
                .path("questions.questionId");
    }

    private String add(String category, int difficulty, String language, String text) {
        return questions
                .create(new QuestionContent(
                        text + " in " + category + "?",
                        List.of("Alpha", "Beta", "Gamma"),
                        "Beta",
                        category,
                        difficulty,
                        language,
                        List.of(),
                        "test"))
                .id();
    }

    private static Map<String, Object> request(int count, List<String> categories, int min, int max, String group) {
        Map<String, Object> body = new HashMap<>();
        body.put("count", count);
        body.put("categories", categories);
        body.put("difficultyMin", min);
        body.put("difficultyMax", max);
        body.put("language", "en");
        if (group != null) {
            body.put("excludeRecentForGroup", group);
        }
        return body;
    }
}
