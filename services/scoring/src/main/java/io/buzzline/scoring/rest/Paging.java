package io.buzzline.scoring.rest;

/** The paging bound every list endpoint shares; Bean Validation enforces it on {@code limit}. */
final class Paging {

    static final int MAX_LIMIT = 100;

    private Paging() {}
}
