package io.buzzline.content.generation;

/** A job a worker holds under a lease: what to generate and how far earlier attempts got. */
public record ClaimedJob(
        long id,
        GenerationSpec spec,
        String generator,
        int requested,
        JobProgress progress,
        int attempts,
        int maxAttempts,
        String owner) {

    /** The source recorded on every question this job stores, so its results can be listed. */
    public String source() {
        return sourceOf(id);
    }

    public static String sourceOf(long jobId) {
        return "job:" + jobId;
    }
}
