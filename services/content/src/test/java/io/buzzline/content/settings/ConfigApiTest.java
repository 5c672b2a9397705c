package io.buzzline.content.settings;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import com.google.cloud.firestore.Firestore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.content.firestore.FirestoreCollections;
import io.buzzline.firestore.Futures;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Configuration documents: typed, validated, versioned with ETag/If-Match, cached. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ConfigApiTest {
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
    Firestore firestore;

    @Inject
    ContentConfig config;

    private OpenApiValidation api;

    @BeforeEach
    void loadContract() {
        api = OpenApiValidation.ofServedDocument();
    }

    @Test
    void anUpdateBasedOnTheCurrentVersionWinsAndAStaleOneGets412() {
        long version = version("/config/categories");
        Map<String, Object> catalogue = Map.of(
                "categories",
                List.of(
                        Map.of("code", "geography", "names", Map.of("en", "Geography", "fr", "Géographie")),
                        Map.of("code", "music", "names", Map.of("en", "Music"))));

        api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(catalogue)
                .put("/config/categories")
                .then()
                .statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("version", equalTo((int) version + 1))
                .body("value.categories[1].code", equalTo("music"));
        // This instance reads its own write at once.
        api.given()
                .get("/config/categories")
                .then()
                .statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("value.categories[0].names.fr", equalTo("Géographie"));

        api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("categories", List.of(Map.of("code", "stale", "names", Map.of("en", "Stale")))))
                .put("/config/categories")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo((int) version + 1));
        api.given()
                .get("/config/categories")
                .then()
                .body("value.categories.code", equalTo(List.of("geography", "music")));
    }

    @Test
    void anUpdateWithoutIfMatchOrBreakingARuleChangesNothing() {
        ExtractableResponse<Response> before =
                api.given().get("/config/languages").then().statusCode(200).extract();
        long version = ((Number) before.path("version")).longValue();

        api.given()
                .contentType(ContentType.JSON)
                .body(Map.of("languages", List.of(Map.of("code", "en", "name", "English")), "defaultLanguage", "en"))
                .put("/config/languages")
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        // Without If-Match too, a body that breaks a rule is a 400: the precondition decides among valid ones.
        api.givenInvalid()
                .contentType(ContentType.JSON)
                .body(Map.of("languages", List.of(), "defaultLanguage", "en"))
                .put("/config/languages")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // The document refuses "xx" (not a bank language) too: only the answer is checked against it.
        var problem = api.givenInvalid()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of(
                        "languages",
                        List.of(
                                Map.of("code", "en", "name", "English"),
                                Map.of("code", "en", "name", "Again"),
                                Map.of("code", "xx", "name", "Unknown")),
                        "defaultLanguage",
                        "fr"))
                .put("/config/languages")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(problem.getList("violations.field", String.class))
                .containsExactly("languages[1].code", "languages[2].code", "defaultLanguage");
        api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", "W/\"" + version + "\"")
                .body(Map.of("languages", List.of(Map.of("code", "en", "name", "English")), "defaultLanguage", "en"))
                .put("/config/languages")
                .then()
                .statusCode(412);

        api.given()
                .get("/config/languages")
                .then()
                .body("version", equalTo((int) version))
                .body("value", equalTo(before.path("value")));
    }

    @Test
    void ofTwoWritersBasedOnTheSameVersionExactlyOneWins() throws Exception {
        long version = version("/config/game-defaults");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> writers = List.of(40, 60).stream()
                .map(seconds -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return api.given()
                            .contentType(ContentType.JSON)
                            .header("If-Match", "\"" + version + "\"")
                            .body(defaults(seconds))
                            .put("/config/game-defaults")
                            .then()
                            .extract()
                            .statusCode();
                }))
                .toList();
        start.countDown();
        List<Integer> statuses = writers.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(version("/config/game-defaults")).isEqualTo(version + 1);
    }

    @Test
    void aWriteFromAnotherInstanceShowsOnceTheCacheExpires() {
        long version = version("/config/game-defaults");
        // Another instance's write: straight into Firestore, this instance's cache knows nothing of it.
        Futures.await(firestore
                .collection(FirestoreCollections.SETTINGS)
                .document(SettingKey.GAME_DEFAULTS.documentId())
                .set(Map.of(
                        "value", defaults(99),
                        "version", version + 1,
                        "updatedAt", com.google.cloud.Timestamp.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> api.given()
                .get("/config/game-defaults")
                .then()
                .body("version", equalTo((int) version + 1))
                .body("value.questionTimeLimitSeconds", equalTo(99)));
    }

    /**
     * The document states the game defaults' bounds and the bank's languages: a body at each documented
     * bound passes the document and the service, one just beyond is refused by both.
     */
    /** Every document's read states its ETag and every update what its If-Match means, from one filter. */
    @Test
    void eachDocumentsReadDocumentsItsEtagAndEachUpdateItsIfMatch() {
        var document = RestAssured.given()
                .get("/q/openapi?format=json")
                .then()
                .extract()
                .jsonPath();
        for (String path : List.of("/config/categories", "/config/languages", "/config/game-defaults")) {
            String item = "paths.'" + path + "'.";
            assertThat(document.getString(item + "get.responses.'200'.headers.ETag.schema.type"))
                    .as(path)
                    .isEqualTo("string");
            assertThat(document.getList(
                            item + "put.parameters.findAll { it.name == 'If-Match' }.description", String.class))
                    .as(path)
                    .containsExactly("The ETag of the version the change is based on");
            assertThat(document.getMap(item + "put.responses").keySet())
                    .as(path)
                    .contains("412", "428");
        }
    }

    /** The rules JSON Schema cannot state are in the document, as a vendor extension the contract suite reads. */
    @Test
    void theRulesJsonSchemaCannotStateAreInTheDocument() {
        var document = RestAssured.given()
                .get("/q/openapi?format=json")
                .then()
                .extract()
                .jsonPath();
        String list = "components.schemas.LanguageList.";
        assertThat(document.getList(list + "'x-buzzline-rules'.field", String.class))
                .containsExactly("defaultLanguage", "languages[].code");
        assertThat(document.getString(list + "'x-buzzline-rules'[0].amongValuesOf"))
                .isEqualTo("languages[].code");
        assertThat(document.getList(list + "'x-buzzline-rules'.message", String.class))
                .containsExactly(SettingsRules.DEFAULT_LANGUAGE_LISTED, SettingsRules.REPEATED_LANGUAGE);
        assertThat(document.getBoolean(list + "'x-buzzline-rules'[1].unique")).isTrue();
        assertThat(document.getList("components.schemas.CategoryCatalogue.'x-buzzline-rules'.field", String.class))
                .containsExactly("categories[].code");
        assertThat(document.getString(list + "properties.defaultLanguage.description"))
                .contains("languages[].code", "400");
    }

    @Test
    void theGameDefaultsDocumentedBoundsAreTheEnforcedOnes() {
        var schemas = RestAssured.given()
                .get("/q/openapi?format=json")
                .then()
                .extract()
                .jsonPath();
        assertThat(schemas.getList("components.schemas.BankLanguage.enum", String.class))
                .containsExactlyInAnyOrderElementsOf(config.questions().languages());
        Map<String, List<Integer>> bounds = Map.of(
                "questionCount", List.of(1, SettingsRules.MAX_QUESTIONS),
                "questionTimeLimitSeconds",
                        List.of(SettingsRules.MIN_TIME_LIMIT_SECONDS, SettingsRules.MAX_TIME_LIMIT_SECONDS),
                "maxPlayers", List.of(1, SettingsRules.MAX_PLAYERS),
                "autoAdvanceSeconds", List.of(0, SettingsRules.MAX_AUTO_ADVANCE_SECONDS));
        bounds.forEach((field, range) -> {
            String schema = "components.schemas.GameDefaults.properties." + field;
            assertThat(schemas.getInt(schema + ".minimum")).as(field).isEqualTo(range.get(0));
            assertThat(schemas.getInt(schema + ".maximum")).as(field).isEqualTo(range.get(1));
            for (int bound : range) {
                Map<String, Object> body = new HashMap<>(defaults(30));
                body.put(field, bound);
                api.given()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"" + version("/config/game-defaults") + "\"")
                        .body(body)
                        .put("/config/game-defaults")
                        .then()
                        .statusCode(200);
                body.put(field, bound == range.get(0) ? bound - 1 : bound + 1);
                api.givenInvalid()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"" + version("/config/game-defaults") + "\"")
                        .body(body)
                        .put("/config/game-defaults")
                        .then()
                        .statusCode(400);
            }
        });
    }

    private long version(String path) {
        return ((Number) api.given().get(path).then().statusCode(200).extract().path("version")).longValue();
    }

    private static Map<String, Object> defaults(int seconds) {
        return Map.of(
                "mode",
                "BUZZER",
                "questionCount",
                12,
                "questionTimeLimitSeconds",
                seconds,
                "maxPlayers",
                50,
                "autoAdvanceSeconds",
                5,
                "language",
                "en");
    }
}
