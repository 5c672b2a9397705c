package io.buzzline.e2e.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.buzzline.e2e.contract.Sender.Answer;

/**
 * The lists the suite's creates go into, counted before and after the run: content's questions of the
 * suite's category, its quests and generation jobs, the lobby's public games of the category, and the
 * three configuration documents (never changed: no If-Match the suite sends is current). Each list may
 * grow only by what accepted requests created, so a refused create that stored anything shows.
 */
final class SideEffects {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The lists as they stood at one moment. */
    record Snapshot(long questions, int quests, int jobs, Set<String> publicGames, String configuration) {}

    private final HttpClient http;
    private final String content;
    private final String lobby;
    private final String editor;
    private long questionsCreated;
    private int questsCreated;
    private int jobsCreated;
    private final Set<String> gamesCreated = new HashSet<>();

    SideEffects(HttpClient http, String content, String lobby, String editorToken) {
        this.http = http;
        this.content = content;
        this.lobby = lobby;
        this.editor = "Bearer " + editorToken;
    }

    /** Counts what an accepted (2xx) request created. */
    void accepted(ContractCase request, Answer answer) {
        accepted(Ledger.key(request.service(), request.operation().name()), answer);
    }

    /** Counts what an accepted (2xx) answer to the operation {@code key} (service, method and path) created. */
    synchronized void accepted(String key, Answer answer) {
        if (answer.status() / 100 != 2) {
            return;
        }
        JsonNode body = json(answer.body());
        switch (key) {
            case "content POST /questions" -> questionsCreated++;
            case "content POST /questions/import" ->
                questionsCreated += body.path("dryRun").asBoolean(false)
                        ? 0
                        : body.path("imported").asLong();
            case "content POST /quests" -> questsCreated++;
            case "content POST /generation/jobs" -> jobsCreated++;
            case "lobby POST /games", "lobby POST /quickplay" ->
                gamesCreated.add(body.path("gameId").asText());
            default -> {}
        }
    }

    Snapshot take() {
        long questions = get(content + "/questions/count?category=" + Realistic.CATEGORY)
                .path("count")
                .asLong();
        int quests = 0;
        String cursor = null;
        do {
            JsonNode page = get(content + "/quests?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
            quests += page.path("items").size();
            cursor = page.path("nextCursor").isTextual()
                    ? page.path("nextCursor").asText()
                    : null;
        } while (cursor != null);
        JsonNode page = get(content + "/generation/jobs?limit=100");
        int jobs = page.size();
        while (page.size() == 100) {
            long oldest = Long.MAX_VALUE;
            for (JsonNode job : page) {
                oldest = Math.min(oldest, job.path("id").asLong());
            }
            page = get(content + "/generation/jobs?limit=100&before=" + oldest);
            jobs += page.size();
        }
        Set<String> games = new TreeSet<>();
        get(lobby + "/games?language=en&limit=100&category=" + Realistic.CATEGORY)
                .forEach(game -> games.add(game.path("gameId").asText()));
        String configuration = get(content + "/config/categories") + "\n" + get(content + "/config/languages") + "\n"
                + get(content + "/config/game-defaults");
        return new Snapshot(questions, quests, jobs, games, configuration);
    }

    /** How {@code after} differs from {@code before} beyond what accepted requests created. */
    synchronized List<String> compare(Snapshot before, Snapshot after) {
        List<String> deviations = new ArrayList<>();
        if (after.questions() - before.questions() != questionsCreated) {
            deviations.add("questions of category " + Realistic.CATEGORY + ": " + before.questions() + " → "
                    + after.questions() + ", but accepted requests created " + questionsCreated);
        }
        if (after.quests() - before.quests() != questsCreated) {
            deviations.add("quests: " + before.quests() + " → " + after.quests() + ", but " + questsCreated
                    + " creates were accepted");
        }
        if (after.jobs() - before.jobs() != jobsCreated) {
            deviations.add("generation jobs: " + before.jobs() + " → " + after.jobs() + ", but " + jobsCreated
                    + " were accepted");
        }
        Set<String> unexplained = new TreeSet<>(after.publicGames());
        unexplained.removeAll(before.publicGames());
        unexplained.removeAll(gamesCreated);
        if (!unexplained.isEmpty()) {
            deviations.add("public games no accepted request created: " + unexplained);
        }
        if (!after.configuration().equals(before.configuration())) {
            deviations.add("the configuration changed, though no If-Match sent was current:\n" + before.configuration()
                    + "\n→\n" + after.configuration());
        }
        return deviations;
    }

    synchronized String created() {
        return questionsCreated + " questions, " + questsCreated + " quests, " + jobsCreated + " generation jobs, "
                + gamesCreated.size() + " games";
    }

    private JsonNode get(String url) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", editor)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return json(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(url + " is not readable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
