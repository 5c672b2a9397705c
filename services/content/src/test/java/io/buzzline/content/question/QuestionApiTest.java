package io.buzzline.content.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class QuestionApiTest {
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

    @Inject
    ContentConfig config;

    @BeforeEach
    void loadContract() {
        api = OpenApiValidation.ofServedDocument();
    }

    @Test
    void createsReadsUpdatesAndRetiresAQuestion() {
        String category = Questions.freshCategory();
        String id = api.given()
                .contentType(ContentType.JSON)
                .body(Questions.body("  Which letter   comes second? ", category, 2))
                .post("/questions")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("text", equalTo("Which letter comes second?"))
                .body("status", equalTo("ACTIVE"))
                .body("source", equalTo("editor"))
                .body("stats.timesUsed", equalTo(0))
                .extract()
                .path("id");

        api.given().get("/questions/{id}", id).then().statusCode(200).body("answer", equalTo("Beta"));

        Map<String, Object> changed = new HashMap<>(Questions.body("Which letter comes third?", category, 3));
        changed.put("answer", "Gamma");
        api.given()
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/questions/{id}", id)
                .then()
                .statusCode(200)
                .body("difficulty", equalTo(3))
                .body("answer", equalTo("Gamma"));

        api.given().post("/questions/{id}/retire", id).then().statusCode(200).body("status", equalTo("RETIRED"));
        api.given().get("/questions/{id}", id).then().body("status", equalTo("RETIRED"));
    }

    @Test
    void reportsEveryBrokenRuleAsProblemJson() {
        Map<String, Object> bad = new HashMap<>(Questions.body("Broken?", Questions.freshCategory(), 2));
        bad.put("answer", "Omega");
        bad.put("language", "xx");
        bad.put("category", "Not A Code!");
        // The document states these rules too (bank languages, code pattern): only the answer is checked.
        api.givenInvalid()
                .contentType(ContentType.JSON)
                .body(bad)
                .post("/questions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("answer", "language", "category"));
    }

    /** The document states the bank's configured text and choice lengths: at them accepted, one more refused. */
    @Test
    void aTextAndAChoiceOfTheDocumentedLengthAreAcceptedOneMoreIsRefused() {
        var document = RestAssured.given()
                .get("/q/openapi?format=json")
                .then()
                .extract()
                .jsonPath();
        int text = document.getInt("components.schemas.QuestionInput.properties.text.maxLength");
        int choice = document.getInt("components.schemas.QuestionInput.properties.choices.items.maxLength");
        assertThat(text).isEqualTo(config.questions().maxTextLength());
        assertThat(choice).isEqualTo(config.questions().maxChoiceLength());
        String category = Questions.freshCategory();
        String longest = (category + " longest ").repeat(text).substring(0, text - 1) + "?";
        Map<String, Object> body = new HashMap<>(Questions.body(longest, category, 3));
        body.put("choices", List.of("B".repeat(choice), "Other"));
        body.put("answer", "B".repeat(choice));
        api.given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/questions")
                .then()
                .statusCode(201);

        body.put("text", "x" + longest);
        assertRefused(body);
        body.put("text", "Another " + category + "?");
        body.put("choices", List.of("C".repeat(choice + 1), "Other"));
        body.put("answer", "Other");
        assertRefused(body);
    }

    /** A body the document refuses too: only the answer is checked against it. */
    private void assertRefused(Map<String, Object> body) {
        api.givenInvalid()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/questions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void refusesTheSameWordingTwiceNamingTheOriginal() {
        String category = Questions.freshCategory();
        String original = api.given()
                .contentType(ContentType.JSON)
                .body(Questions.body("What is the duplicate test's answer?", category, 1))
                .post("/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        api.given()
                .contentType(ContentType.JSON)
                .body(Questions.body("what is the DUPLICATE test's answer", category, 4))
                .post("/questions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("duplicateOf", equalTo(original));
    }

    @Test
    void pagesThroughAFilteredQueryWithoutGapsOrRepeats() {
        String category = Questions.freshCategory();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(api.given()
                    .contentType(ContentType.JSON)
                    .body(Questions.body("Pagination question number " + i + "?", category, 1))
                    .post("/questions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = api.given().queryParam("category", category).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/questions").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        api.given()
                .queryParam("category", category)
                .get("/questions/count")
                .then()
                .statusCode(200)
                .body("count", equalTo(5));
    }

    @Test
    void answersAnUnknownIdWithA404Problem() {
        api.given()
                .get("/questions/{id}", "no-such-question")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void refusesAPageSizeOutOfRangeOrAnUnknownStatus() {
        api.givenInvalid()
                .queryParam("limit", 1000)
                .get("/questions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // An enum JAX-RS cannot convert would be a 404 by default; it is the request that is wrong.
        api.givenInvalid()
                .queryParam("status", "BOGUS")
                .get("/questions/count")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("RETIRED"));
    }
}
