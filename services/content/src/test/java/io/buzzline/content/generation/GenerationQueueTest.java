package io.buzzline.content.generation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.content.generation.store.GenerationJobEntity;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The queue's guarantees, with this instance's scheduled worker paused so the test plays the workers. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class GenerationQueueTest {
    /** Editors' requests: these tests exercise what the bank does, who may do it is RoleMatrixTest's. */
    @BeforeEach
    void actAsEditor() {
        TestTokens.actAs(TestTokens.editor());
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    @Inject
    JobQueue queue;

    @Inject
    JobRunner runner;

    @Inject
    GenerationService jobs;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void pauseTheScheduledWorker() {
        scheduler.pause(GenerationWorker.IDENTITY);
    }

    @AfterEach
    void resumeTheScheduledWorker() {
        scheduler.resume(GenerationWorker.IDENTITY);
    }

    @Test
    void twoWorkersClaimingAtOnceNeverTakeTheSameJob() throws Exception {
        Set<Long> enqueued = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            enqueued.add(enqueue("geography", 1, "offline").id);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<ClaimedJob>> first = pool.submit(drain("worker-1", start));
            Future<List<ClaimedJob>> second = pool.submit(drain("worker-2", start));
            start.countDown();
            List<ClaimedJob> all = new ArrayList<>(first.get());
            all.addAll(second.get());

            List<Long> ids = all.stream().map(ClaimedJob::id).toList();
            assertThat(ids).doesNotHaveDuplicates().containsAll(enqueued);
            assertThat(first.get()).isNotEmpty();
            assertThat(second.get()).isNotEmpty();
            all.forEach(job -> assertThat(queue.succeed(job, JobProgress.NONE)).isTrue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aJobWhoseWorkerDiesIsTakenOverOnceItsLeaseRunsOut() {
        long id = enqueue("geography", 1, "offline").id;
        ClaimedJob doomed = queue.claim("doomed").orElseThrow();
        assertThat(doomed.id()).isEqualTo(id);
        // The doomed worker is "killed": it never heartbeats or finishes. Until its lease runs out...
        assertThat(queue.claim("rescuer")).isEmpty();

        ClaimedJob rescued = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> queue.claim("rescuer"), Optional::isPresent)
                .orElseThrow();
        assertThat(rescued.id()).isEqualTo(id);
        assertThat(rescued.attempts()).isEqualTo(2);

        runner.run(rescued);
        GenerationJobEntity done = find(id);
        assertThat(done.status).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.generated).isEqualTo(3);
        // The doomed worker waking up later changes nothing.
        assertThat(queue.succeed(doomed, JobProgress.NONE)).isFalse();
        assertThat(find(id).generated).isEqualTo(3);
    }

    @Test
    void aFailingGeneratorIsRetriedWithBackoffThenDeadWithItsReason() {
        long id = enqueue("geography", 2, FailingGenerator.NAME).id;

        runner.run(queue.claim("worker").orElseThrow());
        GenerationJobEntity retried = find(id);
        assertThat(retried.status).isEqualTo(JobStatus.PENDING);
        assertThat(retried.nextAttemptAt).isAfter(retried.updatedAt.minusMillis(1));

        ClaimedJob second = await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> queue.claim("worker"), Optional::isPresent)
                .orElseThrow();
        runner.run(second);

        GenerationJobEntity dead = find(id);
        assertThat(dead.status).isEqualTo(JobStatus.DEAD);
        assertThat(dead.attempts).isEqualTo(2);
        assertThat(dead.lastError).isEqualTo(FailingGenerator.REASON);
        assertThat(dead.finishedAt).isNotNull();
    }

    @Test
    void backoffDoublesPerAttemptUpToItsCap() {
        assertThat(queue.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(queue.backoff(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(queue.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    private Callable<List<ClaimedJob>> drain(String worker, CountDownLatch start) {
        return () -> {
            start.await();
            List<ClaimedJob> claimed = new ArrayList<>();
            for (Optional<ClaimedJob> job = queue.claim(worker); job.isPresent(); job = queue.claim(worker)) {
                claimed.add(job.get());
            }
            return claimed;
        };
    }

    private GenerationJobEntity enqueue(String category, int difficulty, String generator) {
        return reactive(
                () -> jobs.enqueue(new GenerationSpec(category, difficulty, "en"), generator, 3, Optional.of(2)));
    }

    private GenerationJobEntity find(long id) {
        return reactive(() -> jobs.get(id));
    }

    private static <T> T reactive(Callable<io.smallrye.mutiny.Uni<T>> call) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> {
                try {
                    return call.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
