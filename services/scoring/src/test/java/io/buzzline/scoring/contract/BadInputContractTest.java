package io.buzzline.scoring.contract;

import java.util.stream.Stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.problems.BadInput;
import io.buzzline.testing.problems.ProblemAssertions;
import io.buzzline.testing.redis.RedisTestResource;

import static io.buzzline.testing.problems.BadInput.query;

/**
 * Every bad request to scoring's read API (issue 18: `limit=abc` was a 404) gets the documented
 * problem+json answer with the offending parameter named.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class BadInputContractTest {

    static Stream<BadInput> seeds() {
        return Stream.of(
                query("board limit not a number", "/leaderboards/global/daily?limit=abc", "limit"),
                query("board limit zero", "/leaderboards/global/daily?limit=0", "limit"),
                query("board limit too big", "/leaderboards/global/all-time?limit=101", "limit"),
                query("board limit a float", "/leaderboards/global/weekly?limit=1.5", "limit"),
                query("board offset negative", "/leaderboards/global/daily?offset=-1", "offset"),
                query("board offset not a number", "/leaderboards/global/daily?offset=%00%ff", "offset"),
                query("game board limit", "/leaderboards/games/g-1?limit=abc", "limit"),
                query("history limit", "/players/p-1/games?limit=abc", "limit"),
                query("history limit zero", "/players/p-1/games?limit=0", "limit"),
                new BadInput(
                        "unknown board",
                        "GET",
                        "/leaderboards/global/yearly",
                        null,
                        null,
                        404,
                        "leaderboard-not-found",
                        null,
                        null),
                new BadInput("unknown route", "GET", "/no-such-thing", null, null, 404, "not-found", null, null),
                new BadInput(
                        "wrong method",
                        "POST",
                        "/leaderboards/global/daily",
                        "application/json",
                        "{}",
                        405,
                        "method-not-allowed",
                        null,
                        null),
                new BadInput(
                        "not acceptable",
                        "GET",
                        "/leaderboards/global/daily",
                        null,
                        null,
                        406,
                        "not-acceptable",
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void answersWithTheDocumentedProblem(BadInput input) {
        ProblemAssertions.assertProblem(input.send(), input);
    }
}
