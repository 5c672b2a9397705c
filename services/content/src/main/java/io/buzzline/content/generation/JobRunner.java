package io.buzzline.content.generation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import io.buzzline.content.question.FieldViolation;
import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionService;
import io.buzzline.content.question.SaveResult;

/**
 * Runs one claimed job to its end: pulls candidates, validates each (the bank's rules, the job's
 * spec, no duplicate of the bank), stores the good ones in Firestore, reports progress as a lease
 * heartbeat, and finishes the job as succeeded, to be retried, or dead.
 */
@ApplicationScoped
public class JobRunner {

    /** Progress is saved (and the lease renewed) after this many candidates. */
    private static final int HEARTBEAT_EVERY = 10;
    /** The rejection reason of a candidate whose wording the bank already holds. */
    public static final String DUPLICATE = "text: duplicate of a question in the bank";

    private final JobQueue queue;
    private final Generators generators;
    private final QuestionService questions;

    public JobRunner(JobQueue queue, Generators generators, QuestionService questions) {
        this.queue = queue;
        this.generators = generators;
        this.questions = questions;
    }

    public void run(ClaimedJob job) {
        JobProgress progress = job.progress();
        try {
            QuestionGenerator generator = generators
                    .find(job.generator())
                    .filter(QuestionGenerator::available)
                    .orElseThrow(() ->
                            new GenerationException("generator '" + job.generator() + "' is not available", false));
            Iterator<QuestionContent> candidates =
                    generator.candidates(job.spec(), job.requested() - progress.generated());
            int pulled = 0;
            while (progress.generated() < job.requested() && candidates.hasNext()) {
                Optional<String> refusal = store(job, candidates.next());
                progress = refusal.isEmpty() ? progress.stored() : progress.refused(refusal.get());
                if (++pulled % HEARTBEAT_EVERY == 0 && !queue.heartbeat(job, progress)) {
                    Log.warnf("generation job %d: lease lost to another worker; stopping", job.id());
                    return;
                }
            }
            if (progress.generated() < job.requested()) {
                throw new GenerationException(
                        "generator '" + job.generator() + "' ran out of new questions for " + job.spec() + ": stored "
                                + progress.generated() + " of " + job.requested(),
                        false);
            }
            queue.succeed(job, progress);
            Log.infof(
                    "generation job %d: %d stored, %d rejected %s",
                    job.id(), progress.generated(), progress.rejected(), progress.rejections());
        } catch (GenerationException e) {
            finishFailed(job, progress, e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            // Anything unforeseen (Firestore down, a bug) is worth another attempt after the backoff.
            finishFailed(job, progress, e.toString(), true);
        }
    }

    private void finishFailed(ClaimedJob job, JobProgress progress, String reason, boolean retryable) {
        boolean last = !retryable || job.attempts() >= job.maxAttempts();
        Log.warnf(
                "generation job %d attempt %d/%d failed (%s): %s",
                job.id(), job.attempts(), job.maxAttempts(), last ? "dead" : "will retry", reason);
        queue.fail(job, progress, reason, retryable);
    }

    /** Empty when the candidate passed every check and was stored; else why it was rejected. */
    private Optional<String> store(ClaimedJob job, QuestionContent candidate) {
        QuestionContent content = candidate.withSource(job.source()).normalized();
        List<FieldViolation> violations = new ArrayList<>(questions.check(content));
        GenerationSpec spec = job.spec();
        if (!content.category().equals(spec.category())) {
            violations.add(new FieldViolation("category", "is not the job's category"));
        }
        if (content.difficulty() != spec.difficulty()) {
            violations.add(new FieldViolation("difficulty", "is not the job's difficulty"));
        }
        if (!content.language().equals(spec.language())) {
            violations.add(new FieldViolation("language", "is not the job's language"));
        }
        if (!violations.isEmpty()) {
            Log.debugf("generation job %d rejected '%s': %s", job.id(), content.text(), violations);
            return Optional.of(reason(violations.getFirst()));
        }
        return switch (questions.store(content)) {
            case SaveResult.Saved saved -> Optional.empty();
            case SaveResult.Duplicate duplicate -> Optional.of(DUPLICATE);
            case SaveResult.Missing missing -> Optional.of("not stored");
        };
    }

    /** The reason a rejection is counted under: the first violation, without list indexes. */
    private static String reason(FieldViolation v) {
        return v.field().replaceAll("\\[\\d+]", "") + ": " + v.reason();
    }
}
