package io.buzzline.content.pack;

import java.util.List;

import io.buzzline.content.question.StoredQuestion;

/** The outcome of selecting a pack from candidate pools. */
public sealed interface Selection {

    /** Enough questions were found; in play order. */
    record Chosen(List<StoredQuestion> questions) implements Selection {}

    /** The bank holds fewer matching active questions than asked for, whatever the group played. */
    record BankTooSmall(int matching) implements Selection {}

    /** Enough match, but too many were played recently by the group. */
    record TooManyRecent(int matching, int fresh) implements Selection {}
}
