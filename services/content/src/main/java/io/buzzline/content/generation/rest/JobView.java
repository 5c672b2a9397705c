package io.buzzline.content.generation.rest;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.generation.JobStatus;
import io.buzzline.content.generation.store.GenerationJobEntity;

/** A generation job's progress and outcome. */
@Schema(name = "GenerationJob")
public record JobView(
        long id,
        String category,
        int difficulty,
        String language,
        String generator,
        int requested,
        int generated,
        int rejected,

        @Schema(description = "Rejected candidates counted by reason, e.g. `answer: must be one of the choices`")
        Map<String, Integer> rejections,

        JobStatus status,
        int attempts,
        int maxAttempts,
        Instant nextAttemptAt,
        @Schema(nullable = true) String lastError,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant finishedAt) {

    public static JobView of(GenerationJobEntity e) {
        return new JobView(
                e.id,
                e.category,
                e.difficulty,
                e.language,
                e.generator,
                e.requested,
                e.generated,
                e.rejected,
                e.rejections == null ? Map.of() : e.rejections,
                e.status,
                e.attempts,
                e.maxAttempts,
                e.nextAttemptAt,
                e.lastError,
                e.createdAt,
                e.updatedAt,
                e.finishedAt);
    }
}
