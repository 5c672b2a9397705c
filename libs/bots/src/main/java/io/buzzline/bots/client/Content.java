package io.buzzline.bots.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Content's question packs through the gateway's REST edge ({@code http://gateway/api/content}), read
 * with an editor's token: the one legitimate way for a client to know keys before their reveal, so bot
 * players can be right on purpose. Anyone else reads the pack without its keys.
 */
public final class Content {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http;
    private final URI base;
    private final ObjectMapper json = new ObjectMapper();

    public Content(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** The keys of pack {@code packId} (question id to key), read as the editor of {@code editorToken}. */
    public Map<String, String> keys(String packId, String editorToken) {
        String path = "/packs/" + URLEncoder.encode(packId, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + editorToken)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("content " + path + " answered " + response.statusCode());
            }
            Map<String, String> keys = new LinkedHashMap<>();
            for (JsonNode question : json.readTree(response.body()).path("questions")) {
                // Without an editor's role content leaves the key out: that is no key, not an empty one.
                if (question.hasNonNull("correctAnswer")) {
                    keys.put(
                            question.path("questionId").asText(),
                            question.path("correctAnswer").asText());
                }
            }
            return keys;
        } catch (IOException e) {
            throw new IllegalStateException("content " + path + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
