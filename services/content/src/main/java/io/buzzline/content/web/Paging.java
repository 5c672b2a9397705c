package io.buzzline.content.web;

/** What the paged lists accept as {@code cursor}: the id of the last item of the previous page. */
public final class Paging {

    /**
     * Our ids (Firestore's generated ids, game ids) are letters, digits, '_' and '-'; anything else cannot
     * be a cursor we gave out, and control bytes such as {@code %00} must not reach the store (issue 18).
     */
    public static final String CURSOR = "[A-Za-z0-9_-]{1,100}";

    private Paging() {}
}
