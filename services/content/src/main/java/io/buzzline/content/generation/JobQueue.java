package io.buzzline.content.generation;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.content.generation.store.GenerationJobEntity;
import io.buzzline.content.generation.store.GenerationJobStore;

/**
 * The queue as workers see it: blocking calls (workers run on worker threads and also call
 * Firestore, which blocks), each run on a Vert.x context as Hibernate Reactive requires.
 */
@ApplicationScoped
public class JobQueue {

    private final GenerationJobStore store;
    private final Duration lease;
    private final Duration backoffInitial;
    private final Duration backoffMax;

    public JobQueue(GenerationJobStore store, ContentConfig config) {
        this.store = store;
        this.lease = config.generation().lease();
        this.backoffInitial = config.generation().backoffInitial();
        this.backoffMax = config.generation().backoffMax();
    }

    /** The next due job, now leased to {@code owner}. */
    public Optional<ClaimedJob> claim(String owner) {
        GenerationJobEntity e = await(() -> store.claim(owner, lease));
        return Optional.ofNullable(e)
                .map(job -> new ClaimedJob(
                        job.id,
                        new GenerationSpec(job.category, job.difficulty, job.language),
                        job.generator,
                        job.requested,
                        new JobProgress(job.generated, job.rejected, job.rejections),
                        job.attempts,
                        job.maxAttempts,
                        owner));
    }

    /** Saves progress and renews the lease; false means another worker owns the job now. */
    public boolean heartbeat(ClaimedJob job, JobProgress progress) {
        return await(() -> store.heartbeat(job.id(), job.owner(), progress, lease));
    }

    public boolean succeed(ClaimedJob job, JobProgress progress) {
        return await(() -> store.succeed(job.id(), job.owner(), progress));
    }

    /** Retries after an exponential backoff when allowed, else the job is dead with {@code reason}. */
    public boolean fail(ClaimedJob job, JobProgress progress, String reason, boolean retryable) {
        return await(() -> store.fail(job.id(), job.owner(), progress, reason, retryable, backoff(job.attempts())));
    }

    /** Marks dead the jobs whose workers died on their last attempt. */
    public int buryExpired() {
        return await(store::buryExpired);
    }

    /** initial × 2^(attempt−1), capped. */
    Duration backoff(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
        Duration delay = backoffInitial.multipliedBy(factor);
        return delay.compareTo(backoffMax) > 0 ? backoffMax : delay;
    }

    private static <T> T await(Supplier<Uni<T>> call) {
        try {
            return VertxContextSupport.subscribeAndAwait(call);
        } catch (Throwable e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
