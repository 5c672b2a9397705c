package io.buzzline.content.generation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.content.question.QuestionContent;

/**
 * Candidates from an OpenAI-compatible chat-completions API ({@code POST <url>/chat/completions}),
 * asked for a JSON object of questions. Off unless {@code buzzline.generation.llm.url} is set.
 * HTTP 429 and 5xx are retryable; anything else the provider says is not.
 */
@ApplicationScoped
public class LlmGenerator implements QuestionGenerator {

    public static final String NAME = "llm";
    /** Completion rounds per job beyond the minimum, so duplicates and rejects can be made up. */
    private static final int EXTRA_ROUNDS = 3;

    private final ContentConfig.Llm config;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public LlmGenerator(ContentConfig config, ObjectMapper mapper) {
        this.config = config.generation().llm();
        this.mapper = mapper;
        this.http =
                HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean available() {
        return config.url().isPresent();
    }

    @Override
    public Iterator<QuestionContent> candidates(GenerationSpec spec, int wanted) {
        int batch = Math.max(1, config.batchSize());
        int rounds = (wanted + batch - 1) / batch + EXTRA_ROUNDS;
        return new Iterator<>() {
            private final List<QuestionContent> buffer = new ArrayList<>();
            private int asked;

            @Override
            public boolean hasNext() {
                while (buffer.isEmpty() && asked < rounds) {
                    asked++;
                    buffer.addAll(complete(spec, batch));
                }
                return !buffer.isEmpty();
            }

            @Override
            public QuestionContent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.removeFirst();
            }
        };
    }

    private List<QuestionContent> complete(GenerationSpec spec, int count) {
        URI url = config.url().orElseThrow(() -> new GenerationException("no LLM URL configured", false));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(url.toString().replaceAll("/$", "") + "/chat/completions"))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(spec, count)));
        config.apiKey().filter(k -> !k.isBlank()).ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GenerationException("LLM request failed: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationException("interrupted while waiting for the LLM", true, e);
        }
        int status = response.statusCode();
        if (status != 200) {
            throw new GenerationException(
                    "LLM answered HTTP " + status + ": " + abbreviate(response.body()), status == 429 || status >= 500);
        }
        return LlmAnswer.parse(mapper, response.body(), spec);
    }

    private String body(GenerationSpec spec, int count) {
        String prompt = ("Write %d multiple-choice quiz questions in the language with ISO 639-1 code '%s', category"
                        + " '%s', difficulty %d on a scale of 1 (easy) to 5 (expert). Each has 4 short distinct"
                        + " choices, exactly one correct. Answer with a JSON object {\"questions\": [{\"text\": ...,"
                        + " \"choices\": [...], \"answer\": <the correct choice, verbatim>, \"language\": <the"
                        + " ISO 639-1 code of the language you wrote in>}]} and nothing else.")
                .formatted(count, spec.language(), spec.category(), spec.difficulty());
        try {
            return mapper.writeValueAsString(Map.of(
                    "model", config.model(),
                    "temperature", 0.7,
                    "response_format", Map.of("type", "json_object"),
                    "messages", List.of(Map.of("role", "user", "content", prompt))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode an LLM request", e);
        }
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** Reads the questions out of a chat-completions response. */
    static final class LlmAnswer {

        private LlmAnswer() {}

        static List<QuestionContent> parse(ObjectMapper mapper, String body, GenerationSpec spec) {
            try {
                String content = mapper.readTree(body)
                        .path("choices")
                        .path(0)
                        .path("message")
                        .path("content")
                        .asText();
                List<QuestionContent> out = new ArrayList<>();
                for (JsonNode q : mapper.readTree(content).path("questions")) {
                    List<String> choices = new ArrayList<>();
                    q.path("choices").forEach(c -> choices.add(c.asText()));
                    out.add(new QuestionContent(
                            q.path("text").asText(),
                            choices,
                            q.path("answer").asText(),
                            spec.category(),
                            spec.difficulty(),
                            // The model says which language it wrote in; a mismatch is rejected by the worker.
                            q.path("language").asText(spec.language()),
                            List.of("llm"),
                            "llm"));
                }
                return out;
            } catch (JsonProcessingException e) {
                throw new GenerationException(
                        "the LLM's answer is not the JSON asked for: " + abbreviate(body), true, e);
            }
        }
    }
}
