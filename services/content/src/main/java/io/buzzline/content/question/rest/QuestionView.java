package io.buzzline.content.question.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionStats;
import io.buzzline.content.question.QuestionStatus;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.web.KeyAccess;

/**
 * A question of the bank with its statistics; the answer key only for editors and services (see {@link
 * KeyAccess}), so the public representation never tells a question's answer.
 */
@Schema(name = "Question")
public record QuestionView(
        String id,
        String text,
        List<String> choices,

        @Schema(nullable = true, description = "The answer key: present for editors and services only")
        @JsonInclude(JsonInclude.Include.NON_NULL)
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

    /**
     * Usage and success statistics: {@code timesUsed} counts packs, the rest come from archived games
     * (each game counted once). {@code successRate} and {@code averageResponseMillis} are -1 before the
     * first answer.
     */
    @Schema(name = "QuestionStats")
    public record Stats(
            @Schema(description = "Packs the question was put into")
            long timesUsed,

            @Schema(description = "Times it was shown in archived games")
            long timesAsked,

            @Schema(description = "Answers given to it (a buzzer question may get several per game)")
            long timesAnswered,

            @Schema(description = "Right answers") long timesCorrect,

            @Schema(description = "Times the host skipped it")
            long timesSkipped,

            @Schema(description = "timesCorrect / timesAnswered, or -1 before the first answer")
            double successRate,

            @Schema(description = "Mean response time of the answers, or -1 before the first answer")
            long averageResponseMillis) {

        static Stats of(QuestionStats s) {
            return new Stats(
                    s.timesUsed(),
                    s.timesAsked(),
                    s.timesAnswered(),
                    s.timesCorrect(),
                    s.timesSkipped(),
                    s.successRate(),
                    s.averageResponseMillis());
        }
    }

    /** The question with its key when {@code withKey}, else its public representation. */
    public static QuestionView of(StoredQuestion q, boolean withKey) {
        QuestionContent c = q.content();
        return new QuestionView(
                q.id(),
                c.text(),
                c.choices(),
                withKey ? c.answer() : null,
                c.category(),
                c.difficulty(),
                c.language(),
                c.tags(),
                c.source(),
                q.status(),
                Stats.of(q.stats()),
                q.createdAt(),
                q.updatedAt());
    }
}
