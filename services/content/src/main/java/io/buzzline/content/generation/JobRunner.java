package io.buzzline.content.generation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

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

    private final JobQueue queue;
    private final Generators generators;
    private final QuestionService questions;

    public JobRunner(JobQueue queue, Generators generators, QuestionService questions) {
        this.queue = queue;
        this.generators = generators;
        this.questions = questions;
    }

    public void run(ClaimedJob job) {
        int generated = job.generated();
        int rejected = job.rejected();
        try {
            QuestionGenerator generator = generators
                    .find(job.generator())
                    .filter(QuestionGenerator::available)
                    .orElseThrow(() ->
                            new GenerationException("generator '" + job.generator() + "' is not available", false));
            Iterator<QuestionContent> candidates = generator.candidates(job.spec(), job.requested() - generated);
            int pulled = 0;
            while (generated < job.requested() && candidates.hasNext()) {
                if (store(job, candidates.next())) {
                    generated++;
                } else {
                    rejected++;
                }
                if (++pulled % HEARTBEAT_EVERY == 0 && !queue.heartbeat(job, generated, rejected)) {
                    Log.warnf("generation job %d: lease lost to another worker; stopping", job.id());
                    return;
                }
            }
            if (generated < job.requested()) {
                throw new GenerationException(
                        "generator '" + job.generator() + "' ran out of new questions for " + job.spec() + ": stored "
                                + generated + " of " + job.requested(),
                        false);
            }
            queue.succeed(job, generated, rejected);
            Log.infof("generation job %d: %d stored, %d rejected", job.id(), generated, rejected);
        } catch (GenerationException e) {
            finishFailed(job, generated, rejected, e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            // Anything unforeseen (Firestore down, a bug) is worth another attempt after the backoff.
            finishFailed(job, generated, rejected, e.toString(), true);
        }
    }

    private void finishFailed(ClaimedJob job, int generated, int rejected, String reason, boolean retryable) {
        boolean last = !retryable || job.attempts() >= job.maxAttempts();
        Log.warnf(
                "generation job %d attempt %d/%d failed (%s): %s",
                job.id(), job.attempts(), job.maxAttempts(), last ? "dead" : "will retry", reason);
        queue.fail(job, generated, rejected, reason, retryable);
    }

    /** True when the candidate passed every check and was stored as a new question. */
    private boolean store(ClaimedJob job, QuestionContent candidate) {
        QuestionContent content = candidate.withSource(job.source()).normalized();
        List<FieldViolation> violations = new ArrayList<>(questions.check(content));
        GenerationSpec spec = job.spec();
        if (!content.category().equals(spec.category())
                || content.difficulty() != spec.difficulty()
                || !content.language().equals(spec.language())) {
            violations.add(new FieldViolation("spec", "does not match the job's category, difficulty or language"));
        }
        if (!violations.isEmpty()) {
            Log.debugf("generation job %d rejected '%s': %s", job.id(), content.text(), violations);
            return false;
        }
        return questions.store(content) instanceof SaveResult.Saved;
    }
}
