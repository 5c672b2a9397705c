package io.buzzline.content.question.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.cloud.firestore.DocumentSnapshot;

import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionStats;
import io.buzzline.content.question.QuestionStatus;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.question.Text;
import io.buzzline.firestore.Timestamps;

/**
 * The Firestore shape of a question: field names and conversions in both directions. The pack and history
 * stores write some of these fields in their own transactions (usage, play statistics), hence the public
 * names.
 */
public final class QuestionDocument {

    public static final String TEXT = "text";
    public static final String CHOICES = "choices";
    public static final String ANSWER = "answer";
    public static final String CATEGORY = "category";
    public static final String DIFFICULTY = "difficulty";
    public static final String LANGUAGE = "language";
    static final String TAGS = "tags";
    static final String SOURCE = "source";
    static final String STATUS = "status";
    static final String FINGERPRINT = "fingerprint";
    public static final String TIMES_USED = "timesUsed";
    public static final String TIMES_ASKED = "timesAsked";
    public static final String TIMES_ANSWERED = "timesAnswered";
    public static final String TIMES_CORRECT = "timesCorrect";
    public static final String TIMES_SKIPPED = "timesSkipped";
    public static final String RESPONSE_MILLIS = "responseMillisTotal";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";

    private QuestionDocument() {}

    /** All fields of a question document. */
    static Map<String, Object> fields(StoredQuestion q) {
        Map<String, Object> map = new HashMap<>(contentFields(q.content()));
        map.put(STATUS, q.status().name());
        map.put(TIMES_USED, q.stats().timesUsed());
        map.put(TIMES_ASKED, q.stats().timesAsked());
        map.put(TIMES_ANSWERED, q.stats().timesAnswered());
        map.put(TIMES_CORRECT, q.stats().timesCorrect());
        map.put(TIMES_SKIPPED, q.stats().timesSkipped());
        map.put(RESPONSE_MILLIS, q.stats().responseMillisTotal());
        map.put(CREATED_AT, Timestamps.timestamp(q.createdAt()));
        map.put(UPDATED_AT, Timestamps.timestamp(q.updatedAt()));
        return map;
    }

    /** The fields an edit replaces; statistics and creation time stay. */
    static Map<String, Object> contentFields(QuestionContent c) {
        Map<String, Object> map = new HashMap<>();
        map.put(TEXT, c.text());
        map.put(CHOICES, c.choices());
        map.put(ANSWER, c.answer());
        map.put(CATEGORY, c.category());
        map.put(DIFFICULTY, (long) c.difficulty());
        map.put(LANGUAGE, c.language());
        map.put(TAGS, c.tags());
        map.put(SOURCE, c.source());
        map.put(FINGERPRINT, Text.fingerprint(c.language(), c.text()));
        return map;
    }

    @SuppressWarnings("unchecked")
    static StoredQuestion read(DocumentSnapshot doc) {
        QuestionContent content = new QuestionContent(
                doc.getString(TEXT),
                (List<String>) doc.get(CHOICES),
                doc.getString(ANSWER),
                doc.getString(CATEGORY),
                number(doc, DIFFICULTY).intValue(),
                doc.getString(LANGUAGE),
                (List<String>) doc.get(TAGS),
                doc.getString(SOURCE));
        return new StoredQuestion(
                doc.getId(),
                content,
                QuestionStatus.valueOf(doc.getString(STATUS)),
                new QuestionStats(
                        number(doc, TIMES_USED),
                        number(doc, TIMES_ASKED),
                        number(doc, TIMES_ANSWERED),
                        number(doc, TIMES_CORRECT),
                        number(doc, TIMES_SKIPPED),
                        number(doc, RESPONSE_MILLIS)),
                Timestamps.instant(doc.getTimestamp(CREATED_AT)),
                Timestamps.instant(doc.getTimestamp(UPDATED_AT)));
    }

    private static Long number(DocumentSnapshot doc, String field) {
        Long value = doc.getLong(field);
        return value == null ? 0L : value;
    }
}
