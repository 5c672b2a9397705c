package io.buzzline.profile;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Why the service said no, in domain terms: a kind (which the REST side turns into a status), the problem
 * type's code, a sentence for a person, and extension members a client can act on. No HTTP here.
 */
public final class Refused extends RuntimeException {

    /** What sort of no it is. */
    public enum Kind {
        /** A field of the request breaks a rule ({@link #field()} names it). */
        INVALID,
        /** The thing asked for does not exist (or not for this caller). */
        NOT_FOUND,
        /** The request conflicts with what is stored now (owned already, too few coins, address taken). */
        CONFLICT,
        /** The request names something that cannot be used (an item not on sale, an unknown item). */
        UNUSABLE,
        /** The credentials are wrong. */
        UNAUTHENTICATED,
        /** Refused for now; the same request may succeed after {@link #retryAfter()}. */
        LATER,
        /** The store could not do it now (too much contention); nothing was written, send it again. */
        BUSY
    }

    private final Kind kind;
    private final String code;
    private final Map<String, Object> extensions;
    private final Optional<Duration> retryAfter;
    private final Optional<String> field;

    public Refused(Kind kind, String code, String detail) {
        this(kind, code, detail, Map.of(), Optional.empty());
    }

    public Refused(
            Kind kind, String code, String detail, Map<String, Object> extensions, Optional<Duration> retryAfter) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.extensions = Map.copyOf(extensions);
        this.retryAfter = retryAfter;
        this.field = Optional.empty();
    }

    private Refused(String field, String detail) {
        super(field + ": " + detail);
        this.kind = Kind.INVALID;
        this.code = "invalid-request";
        this.extensions = Map.of();
        this.retryAfter = Optional.empty();
        this.field = Optional.of(field);
    }

    /** A body field that breaks a rule the schema cannot say (an address's shape, a password's strength). */
    public static Refused invalid(String field, String message) {
        return new Refused(field, message);
    }

    /** The body field an {@link Kind#INVALID} refusal is about. */
    public Optional<String> field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
