package io.buzzline.lobby.contract;

import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;

import static io.restassured.RestAssured.given;

/** Requests every contract test makes, each validated against the served OpenAPI document. */
final class LobbyFixture {

    private final OpenApiValidationFilter contract;
    private final OpenApiValidationFilter responses;
    private final RedisTarget redis;
    private final CommandCodec codec = new CommandCodec();

    LobbyFixture(RedisTarget redis) {
        this.redis = redis;
        OpenApiValidation openApi = OpenApiValidation.ofServedDocument();
        this.contract = openApi.contract();
        // Requests that break the contract on purpose still get responses the contract must describe.
        this.responses = openApi.responsesOnly();
    }

    /** Validates only the response, for requests that are invalid on purpose. */
    OpenApiValidationFilter responsesOnly() {
        return responses;
    }

    OpenApiValidationFilter contract() {
        return contract;
    }

    ValidatableResponse createGame(Map<String, Object> body) {
        return given().filter(responses)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/games")
                .then();
    }

    Map<String, Object> createdGame(Map<String, Object> body) {
        return createGame(body).statusCode(201).extract().jsonPath().getMap("");
    }

    ValidatableResponse join(String code, Map<String, Object> body) {
        return given().filter(contract)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/codes/{code}/players", code)
                .then();
    }

    /** Every command the lobby queued for match in this run, oldest first. */
    List<CommandEnvelope> queuedCommands() {
        try (RedisCommands commands = new RedisCommands(redis.url())) {
            return commands.commandPayloads(redis.keyPrefix()).stream()
                    .map(codec::decode)
                    .toList();
        }
    }

    static Map<String, Object> classicGame(int maxPlayers) {
        return Map.of(
                "rounds",
                List.of(Map.of("mode", "CLASSIC", "questions", 3, "timeLimitSeconds", 20)),
                "maxPlayers",
                maxPlayers,
                "language",
                "en",
                "categories",
                List.of("geography"),
                "publicGame",
                false,
                "lateJoin",
                false,
                "teamPlay",
                false);
    }
}
