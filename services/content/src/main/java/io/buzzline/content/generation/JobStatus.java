package io.buzzline.content.generation;

/** Where a generation job is in its life. */
public enum JobStatus {
    /** Waiting for a worker, possibly until its next retry time. */
    PENDING,
    /** Claimed by a worker whose lease has not run out. */
    RUNNING,
    /** Every requested question was stored. */
    SUCCEEDED,
    /** Given up on; {@code lastError} says why. */
    DEAD
}
