package io.buzzline.problems;

import java.util.List;
import java.util.Map;

/**
 * A request a service refuses on purpose, with its HTTP status, the problem's slug (the last segment
 * of its {@code type} URI) and a sentence for the client; optionally the offending fields and RFC 9457
 * extension members. Services throw it or a subclass of it, or map their own exceptions to one.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String slug, String detail) {
        this(status, slug, detail, null, Map.of());
    }

    public ProblemException(
            int status,
            String slug,
            String detail,
            List<Problem.Violation> violations,
            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.violations = violations == null ? null : List.copyOf(violations);
        this.extensions = Map.copyOf(extensions);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    /** The offending fields, or null when the refusal is not about a field. */
    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
