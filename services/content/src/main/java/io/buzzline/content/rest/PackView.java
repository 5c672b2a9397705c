package io.buzzline.content.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.pack.IssuedPack;

/**
 * A pack with answer keys, in play order. Question fields are named as in the event canon's {@code
 * Question} (questionId, text, choices, correctAnswer) so match maps them one to one.
 */
@Schema(name = "Pack")
public record PackView(String packId, String language, Instant createdAt, List<PackQuestionView> questions) {

    /** One question of a pack, with its answer key. */
    @Schema(name = "PackQuestion")
    public record PackQuestionView(
            String questionId,
            String text,
            List<String> choices,
            String correctAnswer,
            String category,
            int difficulty) {}

    public static PackView of(IssuedPack pack) {
        return new PackView(
                pack.packId(),
                pack.language(),
                pack.createdAt(),
                pack.questions().stream()
                        .map(q -> new PackQuestionView(
                                q.id(),
                                q.content().text(),
                                q.content().choices(),
                                q.content().answer(),
                                q.content().category(),
                                q.content().difficulty()))
                        .toList());
    }
}
