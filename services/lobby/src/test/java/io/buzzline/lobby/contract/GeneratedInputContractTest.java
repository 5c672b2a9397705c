package io.buzzline.lobby.contract;

import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.lobby.support.ContentPacksTestResource;
import io.buzzline.testing.problems.ProblemAssertions;
import io.buzzline.testing.problems.SchemaMutations;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Create-game bodies generated from the served OpenAPI schema: a valid body, or one mutated the ways
 * issue 18 lists (wrong JSON type for a property, nested too; an unknown field; a required field
 * dropped; something after the JSON). A mutated body must get a 400 problem+json, a valid one a 201.
 * Seeded, so a failure names the seed that reproduces it; -Dbuzzline.generated.cases raises the count.
 * The mutations are libs/testing's {@link SchemaMutations}, shared with content's generated test.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
@WithTestResource(ContentPacksTestResource.class)
class GeneratedInputContractTest {

    private static final int CASES = Integer.getInteger("buzzline.generated.cases", 2_000);
    private static final long SEED = Long.getLong("buzzline.generated.seed", 18L);

    private final ObjectMapper json = new ObjectMapper();
    private SchemaMutations mutations;

    @BeforeEach
    void document() {
        mutations = SchemaMutations.of(given().get("/q/openapi?format=json").asString());
    }

    @Test
    void everyGeneratedBodyGetsTheDocumentedAnswer() throws Exception {
        Random random = new Random(SEED);
        ObjectNode valid = (ObjectNode) json.readTree(BadInputContractTest.GAME);
        int created = 0;
        for (int i = 0; i < CASES; i++) {
            if (i % 25 == 0) {
                ObjectNode body = valid.deepCopy();
                body.put("maxPlayers", 1 + random.nextInt(10_000));
                ((ObjectNode) body.path("rounds").get(0)).put("timeLimitSeconds", 5 + random.nextInt(116));
                Response response = post(json.writeValueAsString(body));
                assertThat(response.statusCode())
                        .as("case %d (seed %d) valid %s", i, SEED, body)
                        .isEqualTo(201);
                created++;
                continue;
            }
            SchemaMutations.Mutation mutation =
                    mutations.mutate(valid, "CreateGameRequest", Map.of("rounds", "RoundRequest"), random);
            Response response = post(mutation.text());
            String what = "case " + i + " (seed " + SEED + ") " + mutation.description() + ": " + response.asString();
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
        assertThat(created).isEqualTo((CASES + 24) / 25);
    }

    @Test
    void theDocumentDescribesWhatIsServed() throws Exception {
        JsonNode document = json.readTree(given().get("/q/openapi?format=json").asString());
        assertThat(document.at("/components/securitySchemes/token/scheme").asText())
                .isEqualTo("bearer");
        for (String request : List.of("CreateGameRequest", "RoundRequest", "JoinRequest", "QuickPlayRequest")) {
            assertThat(mutations.schema(request).path("additionalProperties").asBoolean(true))
                    .as(request)
                    .isFalse();
        }
        assertThat(mutations.errorsWithoutProblemSchema())
                .as("error responses without the shared Problem schema")
                .isEmpty();
    }

    private static Response post(String body) {
        return given().contentType("application/json").body(body).post("/games");
    }
}
