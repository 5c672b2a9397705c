package io.buzzline.content.question;

import java.time.Instant;

/** A question as the bank holds it: content plus identity, status, statistics and times. */
public record StoredQuestion(
        String id,
        QuestionContent content,
        QuestionStatus status,
        QuestionStats stats,
        Instant createdAt,
        Instant updatedAt) {

    public boolean active() {
        return status == QuestionStatus.ACTIVE;
    }
}
