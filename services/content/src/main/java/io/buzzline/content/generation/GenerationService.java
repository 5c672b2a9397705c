package io.buzzline.content.generation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.content.generation.store.GenerationJobEntity;
import io.buzzline.content.generation.store.GenerationJobStore;

/** Enqueues generation jobs and reads their progress, for the API and the seed. */
@ApplicationScoped
public class GenerationService {

    private final GenerationJobStore store;
    private final Generators generators;
    private final Clock clock;
    private final int defaultMaxAttempts;

    public GenerationService(GenerationJobStore store, Generators generators, Clock clock, ContentConfig config) {
        this.store = store;
        this.generators = generators;
        this.clock = clock;
        this.defaultMaxAttempts = config.generation().maxAttempts();
    }

    /** Refuses generators that cannot run here up front, rather than letting the job die later. */
    public Uni<GenerationJobEntity> enqueue(
            GenerationSpec spec, String generator, int count, Optional<Integer> maxAttempts) {
        List<String> available = generators.available();
        if (!available.contains(generator)) {
            return Uni.createFrom().failure(new GeneratorUnavailableException(generator, available));
        }
        return store.enqueue(
                new NewJob(spec, generator, count, maxAttempts.orElse(defaultMaxAttempts)), clock.instant());
    }

    public Uni<GenerationJobEntity> get(long id) {
        return store.find(id).onItem().ifNull().failWith(() -> new JobNotFoundException(id));
    }

    public Uni<List<GenerationJobEntity>> list(Optional<JobStatus> status, Optional<Long> beforeId, int limit) {
        return store.list(status, beforeId, limit);
    }
}
