package io.buzzline.content.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldValue;

import io.buzzline.content.history.QuestionPlays;
import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionStats;
import io.buzzline.content.question.QuestionStatus;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.question.Text;

/** The Firestore shape of a question: field names and conversions in both directions. */
public final class QuestionDocument {

    static final String TEXT = "text";
    static final String CHOICES = "choices";
    static final String ANSWER = "answer";
    static final String CATEGORY = "category";
    static final String DIFFICULTY = "difficulty";
    static final String LANGUAGE = "language";
    static final String TAGS = "tags";
    static final String SOURCE = "source";
    static final String STATUS = "status";
    static final String FINGERPRINT = "fingerprint";
    static final String TIMES_USED = "timesUsed";
    static final String TIMES_ASKED = "timesAsked";
    static final String TIMES_ANSWERED = "timesAnswered";
    static final String TIMES_CORRECT = "timesCorrect";
    static final String TIMES_SKIPPED = "timesSkipped";
    static final String RESPONSE_MILLIS = "responseMillisTotal";
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
        map.put(CREATED_AT, timestamp(q.createdAt()));
        map.put(UPDATED_AT, timestamp(q.updatedAt()));
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

    /** Increments adding one game's plays of a question to its statistics. */
    static Map<String, Object> playIncrements(QuestionPlays plays) {
        return Map.of(
                TIMES_ASKED, FieldValue.increment(plays.asked()),
                TIMES_ANSWERED, FieldValue.increment(plays.answered()),
                TIMES_CORRECT, FieldValue.increment(plays.correct()),
                TIMES_SKIPPED, FieldValue.increment(plays.skipped()),
                RESPONSE_MILLIS, FieldValue.increment(plays.responseMillis()));
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
                instant(doc.getTimestamp(CREATED_AT)),
                instant(doc.getTimestamp(UPDATED_AT)));
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.ofTimeSecondsAndNanos(instant.getEpochSecond(), instant.getNano());
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? Instant.EPOCH : Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    private static Long number(DocumentSnapshot doc, String field) {
        Long value = doc.getLong(field);
        return value == null ? 0L : value;
    }
}
