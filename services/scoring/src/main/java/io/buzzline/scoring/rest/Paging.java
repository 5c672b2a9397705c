package io.buzzline.scoring.rest;

/** Checks the {@code limit} and {@code offset} query parameters every list endpoint takes. */
final class Paging {

    static final int MAX_LIMIT = 100;

    private Paging() {}

    static void check(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ScoringProblem.invalid("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw ScoringProblem.invalid("offset must not be negative, was " + offset);
        }
    }
}
