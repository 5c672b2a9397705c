package io.buzzline.content.contract;

import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.problems.ProblemAssertions;
import io.buzzline.testing.problems.SchemaMutations;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Question and generation-job bodies generated from content's served OpenAPI schemas with libs/testing's
 * {@link SchemaMutations} (the lobby's generated test uses the same): each mutation must get a 400
 * problem+json of a body type, and every 25th case, a valid question with its own wording, a 201.
 * Seeded; -Dbuzzline.generated.cases and -Dbuzzline.generated.seed change the run.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class GeneratedInputContractTest {

    private static final int CASES = Integer.getInteger("buzzline.generated.cases", 1_000);
    private static final long SEED = Long.getLong("buzzline.generated.seed", 18L);
    private static final List<Operation> OPERATIONS = List.of(
            new Operation("/questions", "QuestionInput", BadInputContractTest.QUESTION),
            new Operation("/generation/jobs", "GenerationJobRequest", BadInputContractTest.JOB));

    private final ObjectMapper json = new ObjectMapper();
    private SchemaMutations mutations;

    /** A POST whose body is an instance of {@code schema}, and a valid one. */
    private record Operation(String path, String schema, String valid) {}

    @BeforeEach
    void document() {
        TestTokens.actAs(TestTokens.editor());
        mutations = SchemaMutations.of(given().get("/q/openapi?format=json").asString());
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    @Test
    void everyGeneratedBodyGetsTheDocumentedAnswer() throws Exception {
        Random random = new Random(SEED);
        String category = "generated-" + SEED + "-" + random.nextInt(1 << 30);
        int created = 0;
        for (int i = 0; i < CASES; i++) {
            if (i % 25 == 0) {
                ObjectNode question = (ObjectNode) json.readTree(BadInputContractTest.QUESTION);
                question.put("text", "Generated question " + i + " of seed " + SEED + "?");
                question.put("category", category);
                question.put("difficulty", 1 + random.nextInt(5));
                Response response = post("/questions", json.writeValueAsString(question));
                assertThat(response.statusCode())
                        .as("case %d (seed %d) valid %s: %s", i, SEED, question, response.asString())
                        .isEqualTo(201);
                created++;
                continue;
            }
            Operation operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
            SchemaMutations.Mutation mutation = mutations.mutate(
                    (ObjectNode) json.readTree(operation.valid()), operation.schema(), Map.of(), random);
            Response response = post(operation.path(), mutation.text());
            String what = "case " + i + " (seed " + SEED + ") " + operation.path() + " " + mutation.description() + ": "
                    + response.asString();
            assertThat(response.statusCode()).as(what).isEqualTo(400);
            // What every problem must hold (media type, type, title, status, a detail free of internals,
            // instance), then the type a body mutation must get. Jackson, not response.jsonPath(): RestAssured
            // compiles a Groovy expression per read, and a few thousand of them cost more CPU than the requests.
            assertThat(ProblemAssertions.deviations(400, response.contentType(), response.asString()))
                    .as(what)
                    .isEmpty();
            JsonNode problem = json.readTree(response.asString());
            assertThat(problem.path("type").asText().replace("https://buzzline.dev/problems/", ""))
                    .as(what)
                    .isIn(SchemaMutations.BODY_PROBLEMS);
        }
        long stored = given().queryParam("category", category)
                .get("/questions/count")
                .jsonPath()
                .getLong("count");
        assertThat(stored).as("only the valid cases stored a question").isEqualTo(created);
        assertThat(created).isEqualTo((CASES + 24) / 25);
    }

    @Test
    void theDocumentDescribesWhatIsServed() {
        for (String request : List.of(
                "QuestionInput", "GenerationJobRequest", "PackRequest", "QuestInput", "QuestGoal", "QuestReward")) {
            assertThat(mutations.schema(request).path("additionalProperties").asBoolean(true))
                    .as(request)
                    .isFalse();
        }
        assertThat(mutations.schema("GenerationJobRequest").path("required").toString())
                .contains("\"difficulty\"", "\"count\"", "\"category\"", "\"language\"");
        assertThat(mutations.errorsWithoutProblemSchema())
                .as("error responses without the shared Problem schema")
                .isEmpty();
    }

    private static Response post(String path, String body) {
        return given().contentType("application/json").body(body).post(path);
    }
}
