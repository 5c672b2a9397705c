package io.buzzline.lobby.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.lobby.support.ContentPacksTestResource;
import io.buzzline.testing.problems.ProblemAssertions;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Create-game bodies generated from the served OpenAPI schema: a valid body, or one mutated the ways
 * issue 18 lists (wrong JSON type for a property, nested too; an unknown field; a required field
 * dropped; something after the JSON). A mutated body must get a 400 problem+json, a valid one a 201.
 * Seeded, so a failure names the seed that reproduces it; -Dbuzzline.generated.cases raises the count.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
@WithTestResource(ContentPacksTestResource.class)
class GeneratedInputContractTest {

    private static final int CASES = Integer.getInteger("buzzline.generated.cases", 2_000);
    private static final long SEED = Long.getLong("buzzline.generated.seed", 18L);
    private static final Set<String> BODY_PROBLEMS =
            Set.of("malformed-json", "wrong-json-type", "unknown-field", "invalid-request");
    private static final List<String> TRAILERS = List.of(" x", "}", "{}", "[]", " 1", ",", "\"a\"", " null");

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode schemas;

    @BeforeEach
    void document() throws Exception {
        schemas = json.readTree(given().get("/q/openapi?format=json").asString())
                .path("components")
                .path("schemas");
    }

    @Test
    void everyGeneratedBodyGetsTheDocumentedAnswer() throws Exception {
        Random random = new Random(SEED);
        ObjectNode valid = (ObjectNode) json.readTree(BadInputContractTest.GAME);
        int created = 0;
        for (int i = 0; i < CASES; i++) {
            ObjectNode body = valid.deepCopy();
            String description;
            String text;
            if (i % 25 == 0) {
                body.put("maxPlayers", 1 + random.nextInt(10_000));
                ((ObjectNode) body.path("rounds").get(0)).put("timeLimitSeconds", 5 + random.nextInt(116));
                Response response = post(json.writeValueAsString(body));
                assertThat(response.statusCode())
                        .as("case %d (seed %d) valid %s", i, SEED, body)
                        .isEqualTo(201);
                created++;
                continue;
            }
            switch (random.nextInt(5)) {
                case 0 -> description = wrongType(body, "CreateGameRequest", random);
                case 1 ->
                    description = wrongType((ObjectNode) body.path("rounds").get(0), "RoundRequest", random);
                case 2 -> {
                    String field = "x" + Integer.toString(random.nextInt(1 << 20), 36);
                    body.put(field, random.nextInt());
                    description = "unknown field " + field;
                }
                case 3 -> {
                    List<String> required = names(schema("CreateGameRequest").path("required"));
                    String field = required.get(random.nextInt(required.size()));
                    body.remove(field);
                    description = "without required " + field;
                }
                default -> description = "trailing";
            }
            text = json.writeValueAsString(body);
            if (description.equals("trailing")) {
                String trailer = TRAILERS.get(random.nextInt(TRAILERS.size()));
                text += trailer;
                description += " '" + trailer + "'";
            }
            Response response = post(text);
            String what = "case " + i + " (seed " + SEED + ") " + description + ": " + response.asString();
            assertThat(response.statusCode()).as(what).isEqualTo(400);
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            JsonPath problem = response.jsonPath();
            assertThat(problem.getString("type").replace("https://buzzline.dev/problems/", ""))
                    .as(what)
                    .isIn(BODY_PROBLEMS);
            assertThat(problem.getString("detail")).as(what).doesNotMatch(ProblemAssertions.INTERNALS);
        }
        assertThat(created).isEqualTo((CASES + 24) / 25);
    }

    @Test
    void theDocumentDescribesWhatIsServed() throws Exception {
        JsonNode document = json.readTree(given().get("/q/openapi?format=json").asString());
        assertThat(document.at("/components/securitySchemes/token/scheme").asText())
                .isEqualTo("bearer");
        for (String request : List.of("CreateGameRequest", "RoundRequest", "JoinRequest", "QuickPlayRequest")) {
            assertThat(schema(request).path("additionalProperties").asBoolean(true))
                    .as(request)
                    .isFalse();
        }
        List<String> errors = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> operation
                        .getValue()
                        .path("responses")
                        .properties()
                        .forEach(response -> {
                            if (response.getKey().matches("[45]\\d\\d")) {
                                String ref = response.getValue()
                                        .at("/content/application~1problem+json/schema/$ref")
                                        .asText();
                                if (!ref.equals("#/components/schemas/Problem")) {
                                    errors.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                                }
                            }
                        })));
        assertThat(errors)
                .as("error responses without the shared Problem schema")
                .isEmpty();
    }

    /** Puts a value of another JSON type into one of the schema's properties; says which. */
    private String wrongType(ObjectNode body, String schemaName, Random random) {
        JsonNode properties = schema(schemaName).path("properties");
        List<String> names = names(properties);
        String field = names.get(random.nextInt(names.size()));
        String type = type(properties.path(field));
        List<Object> others =
                switch (type) {
                    case "integer" -> List.of(1.5, "12", true, "x", List.of(), Map.of());
                    case "boolean" -> List.of("true", 1, 0.5, List.of(), Map.of());
                    case "array" -> List.of("x", 1, true, Map.of());
                    case "object" -> List.of("x", 1, true);
                    default -> List.of(12, 1.5, true, List.of(), Map.of());
                };
        Object value = others.get(random.nextInt(others.size()));
        body.set(field, json.valueToTree(value));
        return schemaName + "." + field + " (" + type + ") = " + value;
    }

    private String type(JsonNode property) {
        if (property.has("$ref")) {
            return type(schema(property.path("$ref").asText().replace("#/components/schemas/", "")));
        }
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        return type.isMissingNode() ? (property.has("enum") ? "string" : "object") : type.asText();
    }

    private JsonNode schema(String name) {
        return schemas.path(name);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static Response post(String body) {
        return given().contentType("application/json").body(body).post("/games");
    }
}
