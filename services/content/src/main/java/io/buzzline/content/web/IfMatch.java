package io.buzzline.content.web;

/** Reads the version an {@code If-Match} header names (our ETags are the version, quoted). */
public final class IfMatch {

    /** Missing If-Match: the client did not say which version its change is based on. */
    static final class Missing extends RuntimeException {
        Missing() {
            super("If-Match is required: send the ETag of the version this change is based on");
        }
    }

    /** An If-Match that names no version of ours can never match. */
    static final class Unmatchable extends RuntimeException {
        Unmatchable(String value) {
            super("If-Match " + value + " names no version of this document");
        }
    }

    private IfMatch() {}

    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw new Missing();
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            // A weak tag never matches in If-Match (RFC 9110 §13.1.1: strong comparison).
            throw new Unmatchable(header);
        }
        tag = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                ? tag.substring(1, tag.length() - 1)
                : tag;
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new Unmatchable(header);
        }
    }
}
