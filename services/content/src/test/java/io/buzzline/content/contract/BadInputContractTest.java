package io.buzzline.content.contract;

import java.util.stream.Stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.problems.BadInput;
import io.buzzline.testing.problems.ProblemAssertions;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.testing.problems.BadInput.body;
import static io.buzzline.testing.problems.BadInput.edit;
import static io.buzzline.testing.problems.BadInput.query;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad request issue 18 found at content (and its neighbours) gets the documented problem+json
 * answer and stores nothing: the seeds' questions are in a category of their own, which stays empty.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class BadInputContractTest {

    /** The category every seed writes to; no other test uses it. */
    static final String CATEGORY = "bad-input";

    static final String QUESTION = "{\"text\":\"Which letter comes second?\",\"choices\":[\"Alpha\",\"Beta\"],"
            + "\"answer\":\"Beta\",\"category\":\"" + CATEGORY + "\",\"difficulty\":2,\"language\":\"en\","
            + "\"tags\":[\"test\"]}";
    static final String JOB = "{\"category\":\"" + CATEGORY + "\",\"difficulty\":2,\"language\":\"en\",\"count\":1}";
    static final String CSV = "text,choices,answer,category,difficulty,language\n"
            + "Which letter comes second?,Alpha|Beta,Beta," + CATEGORY + ",2,en\n";

    @BeforeEach
    void actAsEditor() {
        TestTokens.actAs(TestTokens.editor());
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    static Stream<BadInput> seeds() {
        return Stream.of(
                body("trailing garbage", "/questions", QUESTION + " garbage", 400, "malformed-json", null),
                body("two JSON values", "/questions", QUESTION + QUESTION, 400, "malformed-json", null),
                body("cut short", "/questions", QUESTION.substring(0, 30), 400, "malformed-json", null),
                body("an array", "/questions", "[" + QUESTION + "]", 400, "wrong-json-type", "$"),
                body(
                        "float for int",
                        "/questions",
                        edit(QUESTION, q -> q.replace("\"difficulty\":2", "\"difficulty\":2.5")),
                        400,
                        "wrong-json-type",
                        "difficulty"),
                body(
                        "string for int",
                        "/questions",
                        edit(QUESTION, q -> q.replace("\"difficulty\":2", "\"difficulty\":\"2\"")),
                        400,
                        "wrong-json-type",
                        "difficulty"),
                body(
                        "number for string",
                        "/questions",
                        edit(QUESTION, q -> q.replace("\"language\":\"en\"", "\"language\":12")),
                        400,
                        "wrong-json-type",
                        "language"),
                body(
                        "string for array",
                        "/questions",
                        edit(QUESTION, q -> q.replace("[\"test\"]", "\"test\"")),
                        400,
                        "wrong-json-type",
                        "tags"),
                body(
                        "unknown field",
                        "/questions",
                        edit(QUESTION, q -> q.replace("{\"text\"", "{\"points\":5,\"text\"")),
                        400,
                        "unknown-field",
                        "points"),
                body(
                        "question rule",
                        "/questions",
                        edit(QUESTION, q -> q.replace("\"answer\":\"Beta\"", "\"answer\":\"Omega\"")),
                        400,
                        "invalid-request",
                        "answer"),
                body(
                        "text of 301 emoji (maxLength 300 counts code points)",
                        "/questions",
                        edit(QUESTION, q -> q.replace("Which letter comes second?", "\uD83D\uDE00".repeat(301))),
                        400,
                        "invalid-request",
                        "text"),
                body(
                        "choice of 121 emoji (maxLength 120)",
                        "/questions",
                        edit(QUESTION, q -> q.replace("\"Alpha\"", "\"" + "\uD83D\uDE00".repeat(121) + "\"")),
                        400,
                        "invalid-request",
                        "choices[0]"),
                body("empty body", "/questions", "", 400, "invalid-request", null),
                body(
                        "job without difficulty",
                        "/generation/jobs",
                        edit(JOB, j -> j.replace("\"difficulty\":2,", "")),
                        400,
                        "invalid-request",
                        "difficulty"),
                body(
                        "job string for int",
                        "/generation/jobs",
                        edit(JOB, j -> j.replace("\"count\":1", "\"count\":\"1\"")),
                        400,
                        "wrong-json-type",
                        "count"),
                body(
                        "job number for string",
                        "/generation/jobs",
                        edit(JOB, j -> j.replace("\"language\":\"en\"", "\"language\":7")),
                        400,
                        "wrong-json-type",
                        "language"),
                body(
                        "job fractional count",
                        "/generation/jobs",
                        edit(JOB, j -> j.replace("\"count\":1", "\"count\":1.5")),
                        400,
                        "wrong-json-type",
                        "count"),
                body(
                        "job unknown field",
                        "/generation/jobs",
                        edit(JOB, j -> j.replace("{", "{\"priority\":1,")),
                        400,
                        "unknown-field",
                        "priority"),
                body("job trailing garbage", "/generation/jobs", JOB + "}", 400, "malformed-json", null),
                new BadInput(
                        "import dryRun=yes",
                        "POST",
                        "/questions/import?dryRun=yes",
                        "application/json",
                        "[" + QUESTION + "]",
                        400,
                        "invalid-request",
                        "dryRun",
                        "query"),
                new BadInput(
                        "CSV import dryRun=yes",
                        "POST",
                        "/questions/import?dryRun=yes",
                        "text/csv",
                        CSV,
                        400,
                        "invalid-request",
                        "dryRun",
                        "query"),
                new BadInput(
                        "CSV garbage to a dry run",
                        "POST",
                        "/questions/import?dryRun=true",
                        "text/csv",
                        "text,text\n\"a\"b,\u0000\u00ff\n",
                        400,
                        "unreadable-import",
                        null,
                        null),
                new BadInput(
                        "CSV broken quote to a dry run",
                        "POST",
                        "/questions/import?dryRun=true",
                        "text/csv",
                        CSV + "\"unclosed,Alpha|Beta,Beta,x,2,en\n\"x\"y",
                        400,
                        "unreadable-import",
                        null,
                        null),
                new BadInput(
                        "JSON import trailing garbage",
                        "POST",
                        "/questions/import?dryRun=true",
                        "application/json",
                        "[" + QUESTION + "] garbage",
                        400,
                        "unreadable-import",
                        null,
                        null),
                new BadInput(
                        "import as XML (neither of its two methods reads it)",
                        "POST",
                        "/questions/import?dryRun=true",
                        "application/xml",
                        "[" + QUESTION + "]",
                        415,
                        "unsupported-media-type",
                        null,
                        null),
                new BadInput(
                        "no Content-Type",
                        "POST",
                        "/questions",
                        null,
                        QUESTION,
                        415,
                        "unsupported-media-type",
                        null,
                        null),
                new BadInput(
                        "too large",
                        "POST",
                        "/questions",
                        "application/json",
                        "{\"text\":\"" + "a".repeat(9 * 1024 * 1024) + "\"}",
                        413,
                        "body-too-large",
                        null,
                        null),
                query("limit not a number", "/questions?limit=abc", "limit"),
                query("limit zero", "/questions?limit=0", "limit"),
                query("limit too big", "/questions?limit=101", "limit"),
                query("cursor control characters", "/questions?cursor=%00%ff", "cursor"),
                query("quest cursor control characters", "/quests?cursor=%00%ff", "cursor"),
                query("unknown status", "/questions?status=BOGUS", "status"),
                query("difficulty not a number", "/questions/count?difficulty=hard", "difficulty"),
                query("jobs before not a number", "/generation/jobs?before=abc", "before"),
                query("jobs limit not a number", "/generation/jobs?limit=abc", "limit"),
                new BadInput(
                        "job id not a number",
                        "GET",
                        "/generation/jobs/abc",
                        null,
                        null,
                        400,
                        "invalid-request",
                        "id",
                        "path"),
                new BadInput(
                        "unknown question",
                        "GET",
                        "/questions/no-such-question",
                        null,
                        null,
                        404,
                        "question-not-found",
                        null,
                        null),
                new BadInput("unknown route", "GET", "/no-such-thing", null, null, 404, "not-found", null, null),
                new BadInput(
                        "wrong method", "DELETE", "/questions", null, null, 405, "method-not-allowed", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void answersWithTheDocumentedProblemAndStoresNothing(BadInput input) {
        ProblemAssertions.assertProblem(input.send(), input);
        assertThat(stored()).as("questions stored in " + CATEGORY).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unauthenticated")
    void refusesWithoutAToken(String path) {
        TestTokens.actAs(null);
        Response response =
                given().contentType("application/json").body(QUESTION).post(path);

        ProblemAssertions.assertProblem(
                response,
                new BadInput(path, "POST", path, "application/json", QUESTION, 401, "unauthenticated", null, null));
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    static Stream<String> unauthenticated() {
        return Stream.of("/questions", "/generation/jobs");
    }

    private static long stored() {
        return given().queryParam("category", CATEGORY)
                .get("/questions/count")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("count");
    }
}
