package io.buzzline.content.question.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.question.QuestionContent;

/** A question as an editor sends it; the bank's full rules (answer among choices, codes...) apply on top. */
@Schema(
        name = "QuestionInput",
        additionalProperties = Schema.False.class,
        description = "A question as an editor writes it")
public record QuestionInput(
        @NotBlank @Size(max = 1000) String text,
        @NotNull @Size(min = 2, max = 6) List<@NotBlank String> choices,

        @NotBlank @Schema(description = "One of the choices")
        String answer,

        @NotBlank String category,
        @Min(1) @Max(5) @Schema(required = true) int difficulty,

        @NotBlank @Schema(description = "ISO 639-1 code", examples = "en")
        String language,

        @Size(max = 10) List<String> tags,

        @Schema(description = "Where the question comes from; defaults to 'editor'")
        String source) {

    public QuestionContent toContent() {
        return new QuestionContent(text, choices, answer, category, difficulty, language, tags, source);
    }
}
