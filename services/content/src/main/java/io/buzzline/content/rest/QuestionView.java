package io.buzzline.content.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionStats;
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
                Stats.of(q.stats()),
                q.createdAt(),
                q.updatedAt());
    }
}
