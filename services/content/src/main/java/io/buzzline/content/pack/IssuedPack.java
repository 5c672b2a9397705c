package io.buzzline.content.pack;

import java.time.Instant;
import java.util.List;

import io.buzzline.content.question.StoredQuestion;

/** A pack as handed out: its id, what was asked, and the questions with their answers in play order. */
public record IssuedPack(String packId, String language, List<StoredQuestion> questions, Instant createdAt) {

    public IssuedPack {
        questions = List.copyOf(questions);
    }
}
