package io.buzzline.content.pack.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldValue;
import com.google.cloud.firestore.Firestore;

import io.buzzline.content.firestore.FirestoreCollections;
import io.buzzline.content.pack.IssuedPack;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.question.store.QuestionDocument;
import io.buzzline.firestore.Futures;
import io.buzzline.firestore.Timestamps;

/**
 * Issued packs, the recent questions of each player group, and the usage counters of questions.
 * A pack, its group's new recent list and its counters are written in one transaction.
 */
@ApplicationScoped
public class PackRepository {

    private static final String RECENT = "recent";
    private static final String LANGUAGE = "language";
    private static final String CREATED_AT = "createdAt";
    private static final String QUESTIONS = "questions";
    private static final String QUESTION_IDS = "questionIds";

    private final Firestore firestore;

    public PackRepository(Firestore firestore) {
        this.firestore = firestore;
    }

    /** The question ids this group played recently (oldest first). */
    public Set<String> recent(String group) {
        DocumentSnapshot doc = Futures.await(groupRef(group).get());
        return new HashSet<>(recentList(doc));
    }

    /** Stores the pack, counts each question as used once, and remembers the questions for the group. */
    public void save(IssuedPack pack, Optional<String> group, int recentWindow) {
        DocumentReference packRef =
                firestore.collection(FirestoreCollections.PACKS).document(pack.packId());
        List<String> ids = pack.questions().stream().map(StoredQuestion::id).toList();
        Futures.await(firestore.runTransaction(tx -> {
            List<String> recent = new ArrayList<>();
            if (group.isPresent()) {
                recent.addAll(recentList(tx.get(groupRef(group.get())).get()));
            }
            tx.create(packRef, packFields(pack, ids));
            for (String id : ids) {
                tx.update(
                        firestore.collection(FirestoreCollections.QUESTIONS).document(id),
                        QuestionDocument.TIMES_USED,
                        FieldValue.increment(1));
            }
            if (group.isPresent()) {
                recent.removeAll(ids);
                recent.addAll(ids);
                List<String> kept = recent.subList(Math.max(0, recent.size() - recentWindow), recent.size());
                tx.set(groupRef(group.get()), Map.of(RECENT, new ArrayList<>(kept)));
            }
            return null;
        }));
    }

    @SuppressWarnings("unchecked")
    public Optional<IssuedPack> find(String packId) {
        DocumentSnapshot doc = Futures.await(firestore
                .collection(FirestoreCollections.PACKS)
                .document(packId)
                .get());
        if (!doc.exists()) {
            return Optional.empty();
        }
        Map<String, Map<String, Object>> byId = (Map<String, Map<String, Object>>) doc.get(QUESTIONS);
        List<StoredQuestion> questions = ((List<String>) doc.get(QUESTION_IDS))
                .stream().map(id -> PackQuestionFields.read(id, byId.get(id))).toList();
        return Optional.of(new IssuedPack(
                packId, doc.getString(LANGUAGE), questions, Timestamps.instant(doc.getTimestamp(CREATED_AT))));
    }

    private static Map<String, Object> packFields(IssuedPack pack, List<String> ids) {
        Map<String, Object> questions = new HashMap<>();
        pack.questions().forEach(q -> questions.put(q.id(), PackQuestionFields.of(q)));
        return Map.of(
                LANGUAGE,
                pack.language(),
                CREATED_AT,
                Timestamps.timestamp(pack.createdAt()),
                QUESTION_IDS,
                ids,
                QUESTIONS,
                questions);
    }

    @SuppressWarnings("unchecked")
    private static List<String> recentList(DocumentSnapshot doc) {
        Object value = doc.exists() ? doc.get(RECENT) : null;
        return value == null ? new ArrayList<>() : new ArrayList<>((List<String>) value);
    }

    private DocumentReference groupRef(String group) {
        return firestore.collection(FirestoreCollections.PACK_GROUPS).document(group);
    }
}
