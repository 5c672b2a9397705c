package io.buzzline.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads every GET route of the edge as each non-editor (no token, a player, the spectator, the host,
 * another game's host), with the game's real ids in the path and seeded optional query parameters, and
 * searches each answer for the keys not yet revealed. A route that takes a question id is read for every
 * question of the bank.
 */
final class EdgeReader {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Platform platform;
    private final SecrecyGame game;
    private final KeyLeaks leaks;
    private final Random random;
    private final String packId;
    private final Map<String, Optional<String>> callers = new LinkedHashMap<>();
    private final List<String> found = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int routes;
    private int requests;
    private int packQuestions;
    private boolean editorSawKeys;
    private boolean publicPackRead;

    EdgeReader(HttpClient http, Platform platform, SecrecyGame game, KeyLeaks leaks, Random random, String packId) {
        this.http = http;
        this.platform = platform;
        this.game = game;
        this.leaks = leaks;
        this.random = random;
        this.packId = packId;
        callers.put("anonymous", Optional.empty());
        callers.put("player", Optional.of(game.playerTokens().getFirst()));
        callers.put("spectator", Optional.of(game.spectatorToken()));
        callers.put("host", Optional.of(game.hostToken()));
        callers.put("other-host", Optional.of(game.otherHostToken()));
    }

    /** Reads every route as every non-editor, then the pack as an editor (the search's own proof). */
    void readAll(String window, List<EdgeRoutes.Route> all, Set<String> unrevealed) {
        routes = all.size();
        for (EdgeRoutes.Route route : all) {
            boolean perQuestion = route.params().stream().anyMatch(p -> isQuestionId(p, route.path()));
            List<String> questionIds = perQuestion ? List.copyOf(leaks.questionIds()) : List.of("-");
            for (String questionId : questionIds) {
                URI uri = route.uri(edge(), param -> value(param, route.path(), questionId));
                callers.forEach((caller, token) -> {
                    HttpResponse<String> response = get(uri, token);
                    Set<String> told = leaks.find(response.body(), unrevealed);
                    if (!told.isEmpty()) {
                        found.add(window + ": " + caller + " GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " -> "
                                + response.statusCode() + " told " + told + ": " + response.body());
                    }
                });
            }
        }
        URI pack = URI.create(edge() + "/api/content/packs/" + packId);
        HttpResponse<String> anonymous = get(pack, Optional.empty());
        boolean choicesListed = game.secrets().stream()
                .anyMatch(s ->
                        unrevealed.contains(s.questionId()) && anonymous.body().contains(s.key()));
        publicPackRead |= anonymous.statusCode() == 200
                && choicesListed
                && leaks.find(anonymous.body(), unrevealed).isEmpty();
        HttpResponse<String> editor = get(pack, Optional.of(platform.editorToken()));
        editorSawKeys |= !leaks.find(editor.body(), unrevealed).isEmpty();
        try {
            packQuestions = JSON.readTree(editor.body()).path("questions").size();
        } catch (IOException e) {
            throw new IllegalStateException("the editor's pack is not JSON: " + editor.body(), e);
        }
    }

    List<String> leaks() {
        return List.copyOf(found);
    }

    int routes() {
        return routes;
    }

    int requests() {
        return requests;
    }

    Map<Integer, Integer> statuses() {
        return Map.copyOf(statuses);
    }

    int packQuestions() {
        return packQuestions;
    }

    boolean editorSawKeys() {
        return editorSawKeys;
    }

    boolean publicPackRead() {
        return publicPackRead;
    }

    /** The game's real ids by name; enum values, types and inclusion of optional parameters by seed. */
    private Optional<String> value(EdgeRoutes.Param param, String path, String questionId) {
        if (isQuestionId(param, path)) {
            return Optional.of(questionId);
        }
        return switch (param.name()) {
            case "gameId" -> Optional.of(random.nextInt(5) == 0 ? game.otherGameId() : game.gameId());
            case "packId" -> Optional.of(packId);
            case "playerId" -> Optional.of(game.playerIds().get(random.nextInt(2)));
            case "code" -> Optional.of(game.joinCode());
            case "category" -> random.nextInt(4) == 0 ? Optional.empty() : Optional.of(game.category());
            case "language" -> Optional.of("en");
            case "limit" -> Optional.of("100");
            case "cursor" -> Optional.empty();
            default -> {
                if (!param.values().isEmpty()) {
                    yield param.required() || random.nextBoolean()
                            ? Optional.of(param.values()
                                    .get(random.nextInt(param.values().size())))
                            : Optional.empty();
                }
                if (!param.required() && random.nextInt(3) != 0) {
                    yield Optional.empty();
                }
                yield Optional.of(
                        switch (param.type()) {
                            case "integer", "number" -> Integer.toString(1 + random.nextInt(5));
                            case "boolean" -> Boolean.toString(random.nextBoolean());
                            default ->
                                path.contains("/jobs/")
                                        ? new UUID(random.nextLong(), random.nextLong()).toString()
                                        : "x" + random.nextInt(1000);
                        });
            }
        };
    }

    private static boolean isQuestionId(EdgeRoutes.Param param, String path) {
        return param.name().equals("questionId") || (param.name().equals("id") && path.contains("/questions/"));
    }

    private URI edge() {
        List<URI> gateways = platform.gateways();
        return gateways.get(random.nextInt(gateways.size()));
    }

    private HttpResponse<String> get(URI uri, Optional<String> token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json, text/csv, */*");
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            requests++;
            statuses.merge(response.statusCode(), 1, Integer::sum);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
