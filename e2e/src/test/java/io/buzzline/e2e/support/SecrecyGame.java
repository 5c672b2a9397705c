package io.buzzline.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The secrecy test's world: a bank category of its own whose questions have distinctive choice texts
 * (so a key's text means that key only), a game of a CLASSIC and a BUZZER round drawn from it with two
 * players and a spectator, and a second game whose host is "another game's host". Created through the
 * gateway's edge as clients do; the bank is read back as an editor to know every key.
 */
public record SecrecyGame(
        String category,
        List<KeyLeaks.Secret> secrets,
        String gameId,
        String joinCode,
        String hostToken,
        List<String> playerIds,
        List<String> playerTokens,
        String spectatorToken,
        String otherGameId,
        String otherHostToken) {

    /** Questions in the category: more than the game plays, so some keys are never revealed at all. */
    private static final int BANK = 6;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    public static SecrecyGame create(Platform platform, HttpClient http, Random random) {
        String category = "secrecy";
        String editor = "Bearer " + platform.editorToken();
        URI edge = platform.gateways().getFirst();
        ArrayNode questions = JSON.createArrayNode();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < BANK; i++) {
            ArrayNode choices = questions
                    .addObject()
                    .put("text", "Secrecy question " + i + " (" + token(random, texts) + ")?")
                    .put("category", category)
                    .put("difficulty", 1 + random.nextInt(5))
                    .put("language", "en")
                    .putArray("choices");
            for (int c = 0; c < 4; c++) {
                choices.add(token(random, texts));
            }
            ((ObjectNode) questions.get(i))
                    .put("answer", choices.get(random.nextInt(4)).asText());
        }
        JsonNode imported = call(http, "POST", edge, "/api/content/questions/import", editor, questions);
        if (imported.path("imported").asInt() != BANK) {
            throw new IllegalStateException("content did not import the questions: " + imported);
        }
        List<KeyLeaks.Secret> secrets = new ArrayList<>();
        JsonNode bank =
                call(http, "GET", edge, "/api/content/questions?category=" + category + "&limit=100", editor, null);
        for (JsonNode item : bank.path("items")) {
            List<String> choices = new ArrayList<>();
            item.path("choices").forEach(choice -> choices.add(choice.asText()));
            secrets.add(new KeyLeaks.Secret(
                    item.path("id").asText(), item.path("answer").asText(), choices));
        }
        if (secrets.size() != BANK
                || secrets.stream().anyMatch(s -> !s.choices().contains(s.key()))) {
            throw new IllegalStateException("the editor's bank read lacks the keys: " + bank);
        }

        JsonNode game = call(http, "POST", edge, "/api/lobby/games", null, gameRequest(category, true));
        JsonNode other = call(http, "POST", edge, "/api/lobby/games", null, gameRequest(category, false));
        String code = game.path("joinCode").asText();
        List<String> playerIds = new ArrayList<>();
        List<String> playerTokens = new ArrayList<>();
        for (String nickname : List.of("Ada", "Bob")) {
            JsonNode joined = call(
                    http,
                    "POST",
                    edge,
                    "/api/lobby/codes/" + code + "/players",
                    null,
                    JSON.createObjectNode().put("nickname", nickname));
            playerIds.add(joined.path("playerId").asText());
            playerTokens.add(joined.path("playerToken").asText());
        }
        JsonNode spectator =
                call(http, "POST", edge, "/api/lobby/codes/" + code + "/spectators", null, JSON.createObjectNode());
        return new SecrecyGame(
                category,
                List.copyOf(secrets),
                game.path("gameId").asText(),
                code,
                game.path("hostToken").asText(),
                List.copyOf(playerIds),
                List.copyOf(playerTokens),
                spectator.path("spectatorToken").asText(),
                other.path("gameId").asText(),
                other.path("hostToken").asText());
    }

    /** Two CLASSIC then two BUZZER questions (the other game: two CLASSIC), with time to read every route. */
    private static ObjectNode gameRequest(String category, boolean bothModes) {
        ObjectNode request = JSON.createObjectNode().put("maxPlayers", 10).put("language", "en");
        request.putArray("categories").add(category);
        ArrayNode rounds = request.putArray("rounds");
        rounds.addObject().put("mode", "CLASSIC").put("questions", 2).put("timeLimitSeconds", 60);
        if (bothModes) {
            rounds.addObject().put("mode", "BUZZER").put("questions", 2).put("timeLimitSeconds", 60);
        }
        return request;
    }

    /** A distinctive choice text: letters and digits that appear nowhere else. */
    private static String token(Random random, Set<String> used) {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        while (true) {
            StringBuilder text = new StringBuilder("k");
            for (int i = 0; i < 11; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (used.add(text.toString())) {
                return text.toString();
            }
        }
    }

    private static JsonNode call(HttpClient http, String method, URI edge, String path, String auth, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(edge + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (auth != null) {
            request.header("Authorization", auth);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
