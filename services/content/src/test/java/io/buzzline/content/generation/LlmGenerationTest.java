package io.buzzline.content.generation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.content.generation.LlmStubResource.InjectLlmStub;
import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionService;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The llm generator end to end (queue, scheduled worker, validation, Firestore) against a stand-in
 * OpenAI-compatible provider. Its own Quarkus boot: here the generator is configured; in the other
 * tests it is not, and {@code GenerationApiTest} checks that it is refused there.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
@WithTestResource(LlmStubResource.class)
class LlmGenerationTest {
    /** Editors' requests: these tests exercise what the bank does, who may do it is RoleMatrixTest's. */
    @BeforeEach
    void actAsEditor() {
        TestTokens.actAs(TestTokens.editor());
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    private static final List<String> CHOICES = List.of("Alpha", "Beta", "Gamma", "Delta");

    @InjectLlmStub
    LlmStub llm;

    @Inject
    QuestionService questions;

    private OpenApiValidation api;

    @BeforeEach
    void loadContract() {
        api = OpenApiValidation.ofServedDocument();
    }

    @Test
    void storesOnlyValidQuestionsAndCountsWhyTheOthersWereRejected() {
        String category = category();
        questions.create(new QuestionContent(
                "Already in the bank " + category + "?", CHOICES, "Beta", category, 3, "en", List.of(), "editor"));
        llm.on(
                category,
                LlmStub.questions(List.of(
                        LlmStub.question("First good one " + category + "?", CHOICES, "Alpha", "en"),
                        LlmStub.question("Answer not offered " + category + "?", CHOICES, "Epsilon", "en"),
                        LlmStub.question("Far too long " + "x".repeat(300) + "?", CHOICES, "Beta", "en"),
                        LlmStub.question("Quelle est la bonne réponse " + category + " ?", CHOICES, "Beta", "fr"),
                        LlmStub.question("Already in the bank " + category + "?", CHOICES, "Gamma", "en"),
                        LlmStub.question("first GOOD one, " + category + "!", CHOICES, "Delta", "en"),
                        LlmStub.question("Second good one " + category + "?", CHOICES, "Beta", "en"),
                        LlmStub.question("Third good one " + category + "?", CHOICES, "Gamma", "en"))));

        JsonPath job = awaitFinished(enqueue(category, 3, 3));

        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("generated")).isEqualTo(3);
        assertThat(job.getInt("rejected")).isEqualTo(5);
        assertThat(job.getMap("rejections"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "answer: must be one of the choices",
                        1,
                        "text: must be at most 300 characters",
                        1,
                        "language: is not the job's language",
                        1,
                        JobRunner.DUPLICATE,
                        2));
        List<String> stored = api.given()
                .get("/generation/jobs/{id}/questions", job.getInt("id"))
                .then()
                .statusCode(200)
                .extract()
                .path("items.text");
        assertThat(stored)
                .containsExactlyInAnyOrder(
                        "First good one " + category + "?",
                        "Second good one " + category + "?",
                        "Third good one " + category + "?");

        LlmStub.Received request = llm.requests(category).getFirst();
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer " + LlmStub.API_KEY);
        assertThat(request.body())
                .contains("\"model\":\"" + LlmStub.MODEL + "\"")
                .contains("'en'");
    }

    @Test
    void aProviderThatKeepsFailingIsRetriedAfterABackoffThenTheJobIsDeadWithTheReason() {
        String down = category();
        String slow = category();
        String garbage = category();
        llm.on(down, new LlmStub.Reply(500, "{\"error\":\"overloaded\"}", 0));
        llm.on(slow, new LlmStub.Reply(200, "{}", 3_000));
        llm.on(garbage, new LlmStub.Reply(200, "this is not JSON", 0));

        int downJob = enqueue(down, 2, 2);
        int slowJob = enqueue(slow, 2, 2);
        int garbageJob = enqueue(garbage, 2, 2);

        assertDead(awaitFinished(downJob), "HTTP 500");
        assertDead(awaitFinished(slowJob), "timed out");
        assertDead(awaitFinished(garbageJob), "not the JSON asked for");
        for (String category : List.of(down, slow, garbage)) {
            assertThat(llm.requests(category)).as("one request per attempt").hasSize(2);
        }
        // The retry waits at least the initial backoff (100 ms in tests) after the failure.
        List<LlmStub.Received> attempts = llm.requests(down);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    private static void assertDead(JsonPath job, String reason) {
        assertThat(job.getString("status")).isEqualTo("DEAD");
        assertThat(job.getInt("attempts")).isEqualTo(2);
        assertThat(job.getInt("generated")).isZero();
        assertThat(job.getString("lastError")).contains(reason);
    }

    private static String category() {
        return "llm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int enqueue(String category, int count, int maxAttempts) {
        return api.given()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "category",
                        category,
                        "difficulty",
                        3,
                        "language",
                        "en",
                        "count",
                        count,
                        "generator",
                        LlmGenerator.NAME,
                        "maxAttempts",
                        maxAttempts))
                .post("/generation/jobs")
                .then()
                .statusCode(202)
                .body("generator", equalTo(LlmGenerator.NAME))
                .extract()
                .path("id");
    }

    private JsonPath awaitFinished(int id) {
        return await().atMost(Duration.ofSeconds(60))
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
