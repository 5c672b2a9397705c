package io.buzzline.content.generation;

/**
 * A generator could not deliver. {@code retryable} failures (a timeout, a 5xx) go back to the queue
 * with backoff; the others (unsupported category, dataset exhausted) make the job dead at once.
 */
public class GenerationException extends RuntimeException {

    private final boolean retryable;

    public GenerationException(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    public GenerationException(String reason, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
