package io.buzzline.content.pack.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionStats;
import io.buzzline.content.question.QuestionStatus;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.question.store.QuestionDocument;

/** A question as frozen into a pack document: later edits of the question do not change the pack. */
final class PackQuestionFields {

    private PackQuestionFields() {}

    static Map<String, Object> of(StoredQuestion q) {
        QuestionContent c = q.content();
        return Map.of(
                QuestionDocument.TEXT, c.text(),
                QuestionDocument.CHOICES, c.choices(),
                QuestionDocument.ANSWER, c.answer(),
                QuestionDocument.CATEGORY, c.category(),
                QuestionDocument.DIFFICULTY, (long) c.difficulty(),
                QuestionDocument.LANGUAGE, c.language());
    }

    @SuppressWarnings("unchecked")
    static StoredQuestion read(String id, Map<String, Object> fields) {
        QuestionContent content = new QuestionContent(
                (String) fields.get(QuestionDocument.TEXT),
                (List<String>) fields.get(QuestionDocument.CHOICES),
                (String) fields.get(QuestionDocument.ANSWER),
                (String) fields.get(QuestionDocument.CATEGORY),
                ((Number) fields.get(QuestionDocument.DIFFICULTY)).intValue(),
                (String) fields.get(QuestionDocument.LANGUAGE),
                List.of(),
                "pack");
        return new StoredQuestion(id, content, QuestionStatus.ACTIVE, QuestionStats.NONE, Instant.EPOCH, Instant.EPOCH);
    }
}
