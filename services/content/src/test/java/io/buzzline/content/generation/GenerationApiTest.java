package io.buzzline.content.generation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The queue end to end: the REST API, the scheduled worker, the offline generator, Firestore. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class GenerationApiTest {
    /** Editors' requests: these tests exercise what the bank does, who may do it is RoleMatrixTest's. */
    @BeforeEach
    void actAsEditor() {
        TestTokens.actAs(TestTokens.editor());
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    private OpenApiValidation api;

    @BeforeEach
    void loadContract() {
        api = OpenApiValidation.ofServedDocument();
    }

    @Test
    void theWorkerGeneratesValidatedQuestionsOfflineAndTheApiShowsThem() {
        int id = enqueue(Map.of("category", "geography", "difficulty", 3, "language", "en", "count", 6));

        JsonPath job = awaitFinished(id);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("generated")).isEqualTo(6);

        var page = api.given()
                .queryParam("limit", 10)
                .get("/generation/jobs/{id}/questions", id)
                .then()
                .statusCode(200)
                .body("items", hasSize(6))
                .extract()
                .jsonPath();
        for (int i = 0; i < 6; i++) {
            assertThat(page.getList("items[" + i + "].choices")).contains(page.getString("items[" + i + "].answer"));
            assertThat(page.getInt("items[" + i + "].difficulty")).isEqualTo(3);
            assertThat(page.getString("items[" + i + "].source")).isEqualTo("job:" + id);
        }
    }

    @Test
    void aGeneratorThatKeepsFailingLeavesTheJobDeadWithItsReason() {
        int id = enqueue(Map.of(
                "category",
                "geography",
                "difficulty",
                2,
                "language",
                "en",
                "count",
                2,
                "generator",
                FailingGenerator.NAME,
                "maxAttempts",
                2));

        JsonPath job = awaitFinished(id);
        assertThat(job.getString("status")).isEqualTo("DEAD");
        assertThat(job.getInt("attempts")).isEqualTo(2);
        assertThat(job.getString("lastError")).isEqualTo(FailingGenerator.REASON);
    }

    @Test
    void aCategoryTheOfflineDataCannotServeIsDeadAtOnce() {
        int id = enqueue(Map.of("category", "history", "difficulty", 2, "language", "en", "count", 2));

        JsonPath job = awaitFinished(id);
        assertThat(job.getString("status")).isEqualTo("DEAD");
        assertThat(job.getInt("attempts")).isEqualTo(1);
        assertThat(job.getString("lastError")).contains("geography");
    }

    @Test
    void refusesAGeneratorThatIsNotConfigured() {
        api.given()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "category", "geography", "difficulty", 1, "language", "en", "count", 1, "generator", "llm"))
                .post("/generation/jobs")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("llm"));
        api.given().get("/generation/jobs/{id}", 987654321).then().statusCode(404);
        api.given()
                .queryParam("limit", 5)
                .get("/generation/jobs")
                .then()
                .statusCode(200)
                .body("size()", org.hamcrest.Matchers.lessThanOrEqualTo(5));
    }

    private int enqueue(Map<String, Object> body) {
        return api.given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/generation/jobs")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
    }

    private JsonPath awaitFinished(int id) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.given()
                                .get("/generation/jobs/{id}", id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        job -> List.of("SUCCEEDED", "DEAD").contains(job.getString("status")));
    }
}
