package io.buzzline.content.generation;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

import io.buzzline.content.config.ContentConfig;

/**
 * The worker of this instance: on each tick it buries jobs whose workers died on their last
 * attempt, then claims and runs due jobs one after the other until none is due. Ticks never
 * overlap; more throughput comes from more instances, each claiming with SKIP LOCKED.
 */
@ApplicationScoped
public class GenerationWorker {

    /** The scheduler identity, for pausing the worker (tests drive the queue by hand). */
    public static final String IDENTITY = "generation-worker";
    /** Jobs one tick runs at most, so a tick ends and buried jobs are noticed. */
    private static final int JOBS_PER_TICK = 20;

    private final JobQueue queue;
    private final JobRunner runner;
    private final String workerId = "worker-" + UUID.randomUUID().toString().substring(0, 8);

    public GenerationWorker(JobQueue queue, JobRunner runner) {
        this.queue = queue;
        this.runner = runner;
    }

    @Scheduled(
            identity = IDENTITY,
            every = "${buzzline.generation.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WorkersDisabled.class)
    void tick() {
        int buried = queue.buryExpired();
        if (buried > 0) {
            Log.warnf("generation: %d job(s) dead after their last lease expired", buried);
        }
        for (int i = 0; i < JOBS_PER_TICK; i++) {
            Optional<ClaimedJob> job = queue.claim(workerId);
            if (job.isEmpty()) {
                return;
            }
            runner.run(job.get());
        }
    }

    /** Skips ticks on instances configured without workers. */
    @Singleton
    public static class WorkersDisabled implements Scheduled.SkipPredicate {

        private final boolean enabled;

        public WorkersDisabled(ContentConfig config) {
            this.enabled = config.generation().workersEnabled();
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }
}
