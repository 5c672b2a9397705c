package io.buzzline.problems;

/**
 * A request a service refuses on purpose, with its HTTP status, the problem's slug (the last segment
 * of its {@code type} URI) and a sentence for the client. Services throw it or a subclass of it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;

    public ProblemException(int status, String slug, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }
}
