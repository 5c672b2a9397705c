package io.buzzline.content.pack.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.pack.IssuedPack;

/**
 * A pack in play order. Question fields are named as in the event canon's {@code Question} (questionId,
 * text, choices, correctAnswer) so match maps them one to one; the keys only for services and editors.
 */
@Schema(name = "Pack")
public record PackView(String packId, String language, Instant createdAt, List<PackQuestionView> questions) {

    /** One question of a pack, with its answer key for services and editors. */
    @Schema(name = "PackQuestion")
    public record PackQuestionView(
            String questionId,
            String text,
            List<String> choices,

            @Schema(nullable = true, description = "The answer key: present for services and editors only")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String correctAnswer,

            String category,
            int difficulty) {}

    /** The pack with its keys when {@code withKeys}, else its public representation. */
    public static PackView of(IssuedPack pack, boolean withKeys) {
        return new PackView(
                pack.packId(),
                pack.language(),
                pack.createdAt(),
                pack.questions().stream()
                        .map(q -> new PackQuestionView(
                                q.id(),
                                q.content().text(),
                                q.content().choices(),
                                withKeys ? q.content().answer() : null,
                                q.content().category(),
                                q.content().difficulty()))
                        .toList());
    }
}
