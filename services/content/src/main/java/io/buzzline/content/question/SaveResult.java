package io.buzzline.content.question;

/** What happened to a question write: stored, refused as a duplicate, or aimed at no question. */
public sealed interface SaveResult {

    /** The question as stored. */
    record Saved(StoredQuestion question) implements SaveResult {}

    /** The bank already holds this wording in this language under {@code existingId}. */
    record Duplicate(String existingId) implements SaveResult {}

    /** No question has the id the write named. */
    record Missing(String id) implements SaveResult {}
}
