package io.buzzline.content.generation.rest;

import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.generation.GenerationSpec;
import io.buzzline.content.question.Text;

/**
 * "Generate N questions of category X, difficulty Y, language Z with generator G." Category,
 * difficulty, language and count are required (a 400 names each one missing): a job's difficulty has
 * no sensible default.
 */
@Schema(name = "GenerationJobRequest", additionalProperties = Schema.False.class)
public record JobRequestBody(
        @NotBlank @Schema(examples = "geography", required = true)
        String category,

        @NotNull @Min(1) @Max(5) @Schema(required = true, description = "1 (easy) to 5; no default")
        Integer difficulty,

        @NotBlank @Schema(examples = "en", required = true) String language,
        @NotNull @Min(1) @Max(500) @Schema(required = true) Integer count,

        @Schema(description = "offline (default) or llm", defaultValue = "offline", nullable = true)
        String generator,

        @Schema(description = "Attempts before the job is dead; the service default when absent", nullable = true)
        @Min(1)
        @Max(10)
        Integer maxAttempts) {

    public GenerationSpec spec() {
        return new GenerationSpec(Text.code(category), difficulty, Text.code(language));
    }

    public String generatorOrDefault() {
        return generator == null || generator.isBlank() ? "offline" : Text.code(generator);
    }

    public Optional<Integer> maxAttemptsIfSet() {
        return Optional.ofNullable(maxAttempts);
    }
}
