package io.buzzline.content.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionStatus;
import io.buzzline.content.question.StoredQuestion;

/** A question of the bank as the editors' API shows it, answer and statistics included. */
@Schema(name = "Question")
public record QuestionView(
        String id,
        String text,
        List<String> choices,
        String answer,
        String category,
        int difficulty,
        String language,
        List<String> tags,
        String source,
        QuestionStatus status,
        Stats stats,
        Instant createdAt,
        Instant updatedAt) {

    /** Usage and success statistics; {@code successRate} is -1 before the first answer. */
    @Schema(name = "QuestionStats")
    public record Stats(long timesUsed, long timesAnswered, long timesCorrect, double successRate) {}

    public static QuestionView of(StoredQuestion q) {
        QuestionContent c = q.content();
        return new QuestionView(
                q.id(),
                c.text(),
                c.choices(),
                c.answer(),
                c.category(),
                c.difficulty(),
                c.language(),
                c.tags(),
                c.source(),
                q.status(),
                new Stats(
                        q.stats().timesUsed(),
                        q.stats().timesAnswered(),
                        q.stats().timesCorrect(),
                        q.stats().successRate()),
                q.createdAt(),
                q.updatedAt());
    }
}
