package io.buzzline.content.importexport;

import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.content.question.Questions;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ImportExportApiTest {
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
    void importsJsonAndReportsLineFieldAndReasonForEveryBadRow() {
        String c = Questions.freshCategory();
        String existing = api.given()
                .contentType(ContentType.JSON)
                .body(Questions.body("Already in the bank " + c + "?", c, 1))
                .post("/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String file = """
                [
                  {"text": "First %1$s?", "choices": ["A", "B"], "answer": "A",
                   "category": "%1$s", "difficulty": 1, "language": "en"},
                  {"text": "Second %1$s?", "choices": ["A", "B"], "answer": "C",
                   "category": "%1$s", "difficulty": "hard", "language": "en"},
                  {"text": "FIRST  %1$s", "choices": ["A", "B"], "answer": "B",
                   "category": "%1$s", "difficulty": 2, "language": "en"},
                  {"text": "Already in the bank %1$s?", "choices": ["A", "B"], "answer": "B",
                   "category": "%1$s", "difficulty": 2, "language": "en"},
                  {"text": "Third %1$s?", "choices": ["A", "B", "C"], "answer": "C",
                   "category": "%1$s", "difficulty": 3, "language": "en", "tags": ["x"]}
                ]
                """.formatted(c);

        var report = api.given()
                .contentType(ContentType.JSON)
                .body(file)
                .post("/questions/import")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("imported", equalTo(2))
                .body("duplicates", equalTo(2))
                .body("rejected", equalTo(1))
                .extract();
        assertThat(report.<List<Integer>>path("issues.line")).containsExactly(4, 6, 8);
        assertThat(report.<List<String>>path("issues.field")).containsExactly("difficulty", "text", "text");
        assertThat(report.<List<String>>path("issues.reason").get(1)).isEqualTo("duplicate of line 2 of this file");
        assertThat(report.<String>path("issues[2].duplicateOf")).isEqualTo(existing);
        api.given().queryParam("category", c).get("/questions/count").then().body("count", equalTo(3));
    }

    @Test
    void importsCsvAndExportsWhatWasImported() {
        String c = Questions.freshCategory();
        String file = """
                text,choices,answer,category,difficulty,language,tags
                "Capital of France, %1$s?",Paris|Lyon|Nice,Paris,%1$s,1,en,geo|europe
                Bad difficulty %1$s?,A|B,A,%1$s,hard,en,
                Largest ocean %1$s?,Pacific|Atlantic,Pacific,%1$s,2,en,
                """.formatted(c);
        api.given()
                .contentType("text/csv")
                .body(file)
                .post("/questions/import")
                .then()
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("rejected", equalTo(1))
                .body("issues[0].line", equalTo(3))
                .body("issues[0].field", equalTo("difficulty"));

        String csv = api.given()
                .accept("text/csv")
                .queryParam("format", "csv")
                .queryParam("category", c)
                .get("/questions/export")
                .then()
                .statusCode(200)
                .body(containsString("\"Capital of France, " + c + "?\",Paris|Lyon|Nice,Paris"))
                .extract()
                .asString();
        assertThat(csv.lines()).hasSize(3);

        String json = api.given()
                .queryParam("category", c)
                .get("/questions/export")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .extract()
                .asString();
        api.given()
                .contentType(ContentType.JSON)
                .queryParam("dryRun", true)
                .body(json)
                .post("/questions/import")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("imported", equalTo(0))
                .body("duplicates", equalTo(2));
    }

    @Test
    void aDryRunStoresNothing() {
        String c = Questions.freshCategory();
        api.given()
                .contentType("text/csv")
                .queryParam("dryRun", true)
                .body("text,choices,answer,category,difficulty,language\nDry %1$s?,A|B,A,%1$s,1,en\n".formatted(c))
                .post("/questions/import")
                .then()
                .statusCode(200)
                .body("imported", equalTo(1));
        api.given().queryParam("category", c).get("/questions/count").then().body("count", equalTo(0));
    }

    @Test
    void refusesAFileThatIsNotAnArrayAsAProblem() {
        api.givenInvalid()
                .contentType(ContentType.JSON)
                .body("{\"text\": \"not an array\"}")
                .post("/questions/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("JSON array"));
    }
}
