package io.buzzline.bots.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The lobby's REST API as a bot uses it: create a game (host) and join one by code (player). The base
 * is the lobby itself or the gateway's REST edge ({@code http://gateway/api/lobby}).
 */
public final class Lobby {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int ATTEMPTS = 3;

    private final HttpClient http;
    private final URI base;
    private final ObjectMapper json = new ObjectMapper();

    public Lobby(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** A created game: its id, the code players type, the host's token. */
    public record CreatedGame(String gameId, String joinCode, String hostToken) {}

    /** A joined player: the game, the player's id and nickname, its token for the gateway's hello. */
    public record JoinedPlayer(String gameId, String playerId, String nickname, String token) {}

    public CreatedGame create(GameSpec spec) {
        ObjectNode body =
                json.createObjectNode().put("maxPlayers", spec.maxPlayers()).put("language", spec.language());
        ArrayNode rounds = body.putArray("rounds");
        for (GameSpec.Round round : spec.rounds()) {
            rounds.addObject()
                    .put("mode", round.mode().name())
                    .put("questions", round.questions())
                    .put("timeLimitSeconds", round.timeLimitSeconds());
        }
        ArrayNode categories = body.putArray("categories");
        spec.categories().forEach(categories::add);
        JsonNode created = post("/games", body);
        return new CreatedGame(
                created.path("gameId").asText(),
                created.path("joinCode").asText(),
                created.path("hostToken").asText());
    }

    public JoinedPlayer join(String joinCode, String nickname) {
        ObjectNode body = json.createObjectNode().put("nickname", nickname);
        JsonNode joined = post("/codes/" + URLEncoder.encode(joinCode, StandardCharsets.UTF_8) + "/players", body);
        return new JoinedPlayer(
                joined.path("gameId").asText(),
                joined.path("playerId").asText(),
                joined.path("nickname").asText(),
                joined.path("playerToken").asText());
    }

    private JsonNode post(String path, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        LobbyException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    return json.readTree(response.body());
                }
                last = new LobbyException(response.statusCode(), path, response.body());
                if (response.statusCode() < 500) {
                    throw last;
                }
            } catch (JsonProcessingException e) {
                throw new LobbyException(0, path, "not JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                last = new LobbyException(0, path, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LobbyException(0, path, "interrupted");
            }
            pause(attempt);
        }
        throw last;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(500L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The lobby refused (status ≥ 400, with its problem+json body) or could not be reached (status 0). */
    public static final class LobbyException extends RuntimeException {

        private final int status;

        LobbyException(int status, String path, String detail) {
            super("lobby " + path + " answered " + status + ": " + detail);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
