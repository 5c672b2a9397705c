package io.buzzline.content.question.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldPath;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;

import io.buzzline.content.firestore.FirestoreCollections;
import io.buzzline.content.question.Page;
import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionFilter;
import io.buzzline.content.question.QuestionStats;
import io.buzzline.content.question.QuestionStatus;
import io.buzzline.content.question.SaveResult;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.question.Text;
import io.buzzline.firestore.Timestamps;

import static io.buzzline.firestore.Futures.await;

/**
 * Questions in Firestore. Uniqueness of wording is kept by a fingerprint document per question,
 * written in the same transaction as the question, so two concurrent creations of one wording
 * cannot both succeed.
 */
@ApplicationScoped
public class QuestionRepository {

    private static final String OWNER = "questionId";

    private final Firestore firestore;

    public QuestionRepository(Firestore firestore) {
        this.firestore = firestore;
    }

    /** Stores normalised, valid content as a new active question unless its wording is taken. */
    public SaveResult create(QuestionContent content, Instant now) {
        DocumentReference ref = questions().document();
        DocumentReference fingerprint = fingerprint(content);
        StoredQuestion stored =
                new StoredQuestion(ref.getId(), content, QuestionStatus.ACTIVE, QuestionStats.NONE, now, now);
        return await(firestore.runTransaction(tx -> {
            DocumentSnapshot taken = tx.get(fingerprint).get();
            if (taken.exists()) {
                return new SaveResult.Duplicate(taken.getString(OWNER));
            }
            tx.create(fingerprint, Map.of(OWNER, ref.getId()));
            tx.create(ref, QuestionDocument.fields(stored));
            return new SaveResult.Saved(stored);
        }));
    }

    /** Replaces the content of a question, keeping its statistics, status and creation time. */
    public SaveResult update(String id, QuestionContent content, Instant now) {
        DocumentReference ref = questions().document(id);
        DocumentReference newPrint = fingerprint(content);
        return await(firestore.runTransaction(tx -> {
            DocumentSnapshot current = tx.get(ref).get();
            if (!current.exists()) {
                return new SaveResult.Missing(id);
            }
            String oldPrint = current.getString(QuestionDocument.FINGERPRINT);
            if (!newPrint.getId().equals(oldPrint)) {
                DocumentSnapshot taken = tx.get(newPrint).get();
                if (taken.exists() && !id.equals(taken.getString(OWNER))) {
                    return new SaveResult.Duplicate(taken.getString(OWNER));
                }
                tx.delete(fingerprints().document(oldPrint));
                tx.set(newPrint, Map.of(OWNER, id));
            }
            Map<String, Object> fields = new HashMap<>(QuestionDocument.contentFields(content));
            fields.put(QuestionDocument.UPDATED_AT, Timestamps.timestamp(now));
            tx.update(ref, fields);
            StoredQuestion before = QuestionDocument.read(current);
            return new SaveResult.Saved(
                    new StoredQuestion(id, content, before.status(), before.stats(), before.createdAt(), now));
        }));
    }

    /** Sets a question's status; retiring keeps its fingerprint so the wording stays taken. */
    public SaveResult setStatus(String id, QuestionStatus status, Instant now) {
        DocumentReference ref = questions().document(id);
        return await(firestore.runTransaction(tx -> {
            DocumentSnapshot current = tx.get(ref).get();
            if (!current.exists()) {
                return new SaveResult.Missing(id);
            }
            StoredQuestion before = QuestionDocument.read(current);
            if (before.status() == status) {
                return new SaveResult.Saved(before);
            }
            tx.update(
                    ref,
                    QuestionDocument.STATUS,
                    status.name(),
                    QuestionDocument.UPDATED_AT,
                    Timestamps.timestamp(now));
            return new SaveResult.Saved(
                    new StoredQuestion(id, before.content(), status, before.stats(), before.createdAt(), now));
        }));
    }

    public Optional<StoredQuestion> find(String id) {
        DocumentSnapshot doc = await(questions().document(id).get());
        return doc.exists() ? Optional.of(QuestionDocument.read(doc)) : Optional.empty();
    }

    /** The id of the question that holds this wording in this language, if any. */
    public Optional<String> holderOf(String language, String text) {
        DocumentSnapshot doc =
                await(fingerprints().document(Text.fingerprint(language, text)).get());
        return doc.exists() ? Optional.ofNullable(doc.getString(OWNER)) : Optional.empty();
    }

    /** One page in document-id order; the cursor is the last id of the previous page. */
    public Page<StoredQuestion> list(QuestionFilter filter, int limit, Optional<String> cursor) {
        Query query = filtered(filter).orderBy(FieldPath.documentId());
        if (cursor.isPresent()) {
            query = query.startAfter(questions().document(cursor.get()));
        }
        List<QueryDocumentSnapshot> docs = await(query.limit(limit + 1).get()).getDocuments();
        List<StoredQuestion> items =
                docs.stream().limit(limit).map(QuestionDocument::read).toList();
        Optional<String> next =
                docs.size() > limit ? Optional.of(items.getLast().id()) : Optional.empty();
        return new Page<>(items, next);
    }

    public long count(QuestionFilter filter) {
        return await(filtered(filter).count().get()).getCount();
    }

    /** Active questions of one language and category, at most {@code limit}: a pack candidate pool. */
    public List<StoredQuestion> activePool(String language, String category, int limit) {
        Query query = questions()
                .whereEqualTo(QuestionDocument.STATUS, QuestionStatus.ACTIVE.name())
                .whereEqualTo(QuestionDocument.LANGUAGE, language)
                .whereEqualTo(QuestionDocument.CATEGORY, category)
                .limit(limit);
        return await(query.get()).getDocuments().stream()
                .map(QuestionDocument::read)
                .toList();
    }

    /** Active questions of one language in any category, at most {@code limit}: a pack candidate pool. */
    public List<StoredQuestion> activePool(String language, int limit) {
        Query query = questions()
                .whereEqualTo(QuestionDocument.STATUS, QuestionStatus.ACTIVE.name())
                .whereEqualTo(QuestionDocument.LANGUAGE, language)
                .limit(limit);
        return await(query.get()).getDocuments().stream()
                .map(QuestionDocument::read)
                .toList();
    }

    private Query filtered(QuestionFilter filter) {
        Query query = questions();
        if (filter.category().isPresent()) {
            query = query.whereEqualTo(
                    QuestionDocument.CATEGORY, filter.category().get());
        }
        if (filter.language().isPresent()) {
            query = query.whereEqualTo(
                    QuestionDocument.LANGUAGE, filter.language().get());
        }
        if (filter.difficulty().isPresent()) {
            query = query.whereEqualTo(
                    QuestionDocument.DIFFICULTY, filter.difficulty().get().longValue());
        }
        if (filter.status().isPresent()) {
            query = query.whereEqualTo(
                    QuestionDocument.STATUS, filter.status().get().name());
        }
        if (filter.source().isPresent()) {
            query = query.whereEqualTo(QuestionDocument.SOURCE, filter.source().get());
        }
        return query;
    }

    private DocumentReference fingerprint(QuestionContent content) {
        return fingerprints().document(Text.fingerprint(content.language(), content.text()));
    }

    private CollectionReference questions() {
        return firestore.collection(FirestoreCollections.QUESTIONS);
    }

    private CollectionReference fingerprints() {
        return firestore.collection(FirestoreCollections.FINGERPRINTS);
    }
}
