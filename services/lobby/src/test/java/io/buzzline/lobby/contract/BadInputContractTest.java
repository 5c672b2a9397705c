package io.buzzline.lobby.contract;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.buzzline.lobby.support.ContentPacksTestResource;
import io.buzzline.testing.problems.BadInput;
import io.buzzline.testing.problems.ProblemAssertions;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.testing.problems.BadInput.body;
import static io.buzzline.testing.problems.BadInput.edit;
import static io.buzzline.testing.problems.BadInput.query;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad request issue 18 found (and its neighbours) gets the documented problem+json answer and
 * changes nothing: no command reaches match.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
@WithTestResource(ContentPacksTestResource.class)
class BadInputContractTest {

    static final String GAME = "{\"rounds\":[{\"mode\":\"CLASSIC\",\"questions\":3,\"timeLimitSeconds\":20}],"
            + "\"maxPlayers\":10,\"language\":\"en\",\"categories\":[\"geography\"],\"publicGame\":false}";
    static final String JOIN = "{\"nickname\":\"Ada\"}";
    static final String QUICK = "{\"nickname\":\"Ada\",\"language\":\"en\"}";
    /** 😀: one code point, two UTF-16 chars. */
    static final String EMOJI = "\uD83D\uDE00";

    @InjectRedis
    RedisTarget redis;

    @TestHTTPResource("/")
    URL lobby;

    static Stream<BadInput> seeds() {
        return Stream.of(
                body("trailing garbage", "/games", GAME + " garbage", 400, "malformed-json", null),
                body("two JSON values", "/games", GAME + GAME, 400, "malformed-json", null),
                body("cut short", "/games", GAME.substring(0, 30), 400, "malformed-json", null),
                body("not JSON", "/games", "rounds=1", 400, "malformed-json", null),
                body("an array", "/games", "[" + GAME + "]", 400, "wrong-json-type", "$"),
                body(
                        "float for int",
                        "/games",
                        edit(GAME, g -> g.replace("\"maxPlayers\":10", "\"maxPlayers\":1.5")),
                        400,
                        "wrong-json-type",
                        "maxPlayers"),
                body(
                        "string for int",
                        "/games",
                        edit(GAME, g -> g.replace("\"maxPlayers\":10", "\"maxPlayers\":\"12\"")),
                        400,
                        "wrong-json-type",
                        "maxPlayers"),
                body(
                        "null for a required field",
                        "/games",
                        edit(GAME, g -> g.replace("\"language\":\"en\"", "\"language\":null")),
                        400,
                        "invalid-request",
                        "language"),
                body(
                        "string for nested int",
                        "/games",
                        edit(GAME, g -> g.replace("\"questions\":3", "\"questions\":\"3\"")),
                        400,
                        "wrong-json-type",
                        "rounds[0].questions"),
                body(
                        "number for string",
                        "/games",
                        edit(GAME, g -> g.replace("\"language\":\"en\"", "\"language\":12")),
                        400,
                        "wrong-json-type",
                        "language"),
                body(
                        "string for boolean",
                        "/games",
                        edit(GAME, g -> g.replace("\"publicGame\":false", "\"publicGame\":\"false\"")),
                        400,
                        "wrong-json-type",
                        "publicGame"),
                body(
                        "unknown enum",
                        "/games",
                        edit(GAME, g -> g.replace("CLASSIC", "FAST")),
                        400,
                        "wrong-json-type",
                        "rounds[0].mode"),
                body(
                        "number for enum",
                        "/games",
                        edit(GAME, g -> g.replace("\"CLASSIC\"", "1")),
                        400,
                        "wrong-json-type",
                        "rounds[0].mode"),
                body(
                        "unknown field",
                        "/games",
                        edit(GAME, g -> g.replace("{\"rounds\"", "{\"colour\":\"red\",\"rounds\"")),
                        400,
                        "unknown-field",
                        "colour"),
                body(
                        "unknown nested field",
                        "/games",
                        edit(GAME, g -> g.replace("\"questions\":3", "\"questions\":3,\"bonus\":1")),
                        400,
                        "unknown-field",
                        "rounds[0].bonus"),
                body(
                        "constraint",
                        "/games",
                        edit(GAME, g -> g.replace("\"maxPlayers\":10", "\"maxPlayers\":0")),
                        400,
                        "invalid-request",
                        "maxPlayers"),
                body(
                        "nested constraint",
                        "/games",
                        edit(GAME, g -> g.replace("\"questions\":3", "\"questions\":0")),
                        400,
                        "invalid-request",
                        "rounds[0].questions"),
                body(
                        "list element constraint",
                        "/games",
                        edit(GAME, g -> g.replace("geography", "Geo graphy")),
                        400,
                        "invalid-request",
                        "categories[0]"),
                body("empty body", "/games", "", 400, "invalid-request", null),
                body(
                        "number as nickname",
                        "/codes/ABCDEF/players",
                        "{\"nickname\":5}",
                        400,
                        "wrong-json-type",
                        "nickname"),
                body(
                        "41 emoji as nickname (maxLength 40 counts code points)",
                        "/quickplay",
                        edit(QUICK, q -> q.replace("\"Ada\"", "\"" + EMOJI.repeat(41) + "\"")),
                        400,
                        "invalid-request",
                        "nickname"),
                body(
                        "40 emoji as nickname: within maxLength, refused by the nickname rules",
                        "/quickplay",
                        edit(QUICK, q -> q.replace("\"Ada\"", "\"" + EMOJI.repeat(40) + "\"")),
                        422,
                        "nickname-rejected",
                        null),
                body(
                        "boolean as nickname",
                        "/quickplay",
                        edit(QUICK, q -> q.replace("\"Ada\"", "true")),
                        400,
                        "wrong-json-type",
                        "nickname"),
                body(
                        "unknown join field",
                        "/codes/ABCDEF/players",
                        edit(JOIN, j -> j.replace("{", "{\"admin\":true,")),
                        400,
                        "unknown-field",
                        "admin"),
                body("join trailing garbage", "/codes/ABCDEF/players", JOIN + "]", 400, "malformed-json", null),
                new BadInput(
                        "no Content-Type", "POST", "/games", null, GAME, 415, "unsupported-media-type", null, null),
                new BadInput(
                        "text/plain", "POST", "/games", "text/plain", GAME, 415, "unsupported-media-type", null, null),
                new BadInput(
                        "too large",
                        "POST",
                        "/games",
                        "application/json",
                        "{\"x\":\"" + "a".repeat(70_000) + "\"}",
                        413,
                        "body-too-large",
                        null,
                        null),
                query("limit not a number", "/games?limit=abc", "limit"),
                query("limit zero", "/games?limit=0", "limit"),
                query("limit too big", "/games?limit=101", "limit"),
                query("language pattern", "/games?language=EN", "language"),
                query("category control characters", "/games?category=%00%ff", "category"),
                new BadInput(
                        "game id pattern",
                        "GET",
                        "/games/not-a-game",
                        null,
                        null,
                        400,
                        "invalid-request",
                        "gameId",
                        "path"),
                new BadInput("unknown route", "GET", "/no-such-thing", null, null, 404, "not-found", null, null),
                new BadInput(
                        "wrong method",
                        "PUT",
                        "/games",
                        "application/json",
                        GAME,
                        405,
                        "method-not-allowed",
                        null,
                        null),
                new BadInput(
                        "not acceptable", "GET", "/games?accept=html", null, null, 406, "not-acceptable", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void answersWithTheDocumentedProblemAndChangesNothing(BadInput input) {
        long commandsBefore = queuedCommands();

        Response response = input.send();

        ProblemAssertions.assertProblem(response, input);
        assertThat(queuedCommands()).as("commands queued for match").isEqualTo(commandsBefore);
    }

    private long queuedCommands() {
        try (RedisCommands commands = new RedisCommands(redis.url())) {
            return commands.commandCount(redis.keyPrefix());
        }
    }

    /**
     * A body sent in chunks (no Content-Length, so nothing to refuse before reading) that outgrows the
     * limit gets the same problem as a declared one, not an empty 413.
     */
    @Test
    void aChunkedBodyOverTheLimitIsAProblemToo() throws Exception {
        HttpResponse<String> response = postChunked("{\"x\":\"" + "a".repeat(70_000) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains(
                        "\"type\":\"https://buzzline.dev/problems/body-too-large\"",
                        "\"status\":413",
                        "\"instance\":\"/games\"");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsAnyOther() throws Exception {
        HttpResponse<String> response = postChunked(GAME);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("joinCode");
    }

    /** POSTs {@code body} to /games as a stream of unknown length: the JDK client sends it chunked. */
    private HttpResponse<String> postChunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(lobby + "games"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
