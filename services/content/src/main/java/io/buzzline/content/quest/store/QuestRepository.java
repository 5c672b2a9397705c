package io.buzzline.content.quest.store;

import java.time.Instant;
import java.time.LocalDate;
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
import io.buzzline.content.quest.Quest;
import io.buzzline.content.quest.QuestDefinition;
import io.buzzline.content.quest.QuestGoal;
import io.buzzline.content.quest.QuestPeriod;
import io.buzzline.content.quest.QuestReward;
import io.buzzline.content.quest.QuestStatus;
import io.buzzline.content.question.Page;
import io.buzzline.firestore.Futures;
import io.buzzline.firestore.Timestamps;

/** Quests in Firestore, {@code quests/{id}}; dates as ISO {@code yyyy-mm-dd} strings. */
@ApplicationScoped
public class QuestRepository {

    private static final String TITLE = "title";
    private static final String DESCRIPTION = "description";
    private static final String PERIOD = "period";
    private static final String GOAL_TYPE = "goalType";
    private static final String GOAL_TARGET = "goalTarget";
    private static final String GOAL_CATEGORY = "goalCategory";
    private static final String REWARD_XP = "rewardXp";
    private static final String REWARD_BADGE = "rewardBadge";
    private static final String STARTS_ON = "startsOn";
    private static final String ENDS_ON = "endsOn";
    private static final String STATUS = "status";
    private static final String CREATED_AT = "createdAt";
    private static final String UPDATED_AT = "updatedAt";
    /** Most active quests read at once; far more than any offer shows. */
    private static final int MAX_ACTIVE = 1000;

    private final Firestore firestore;

    public QuestRepository(Firestore firestore) {
        this.firestore = firestore;
    }

    public Quest create(QuestDefinition definition, Instant now) {
        DocumentReference ref = quests().document();
        Map<String, Object> fields = definitionFields(definition);
        fields.put(STATUS, QuestStatus.ACTIVE.name());
        fields.put(CREATED_AT, Timestamps.timestamp(now));
        fields.put(UPDATED_AT, Timestamps.timestamp(now));
        Futures.await(ref.create(fields));
        return new Quest(ref.getId(), definition, QuestStatus.ACTIVE, now, now);
    }

    /** Replaces the definition; status and creation time stay. Empty when there is no such quest. */
    public Optional<Quest> update(String id, QuestDefinition definition, Instant now) {
        DocumentReference ref = quests().document(id);
        return Futures.await(firestore.runTransaction(tx -> {
            DocumentSnapshot current = tx.get(ref).get();
            if (!current.exists()) {
                return Optional.<Quest>empty();
            }
            Map<String, Object> fields = definitionFields(definition);
            fields.put(UPDATED_AT, Timestamps.timestamp(now));
            tx.update(ref, fields);
            Quest before = read(current);
            return Optional.of(new Quest(id, definition, before.status(), before.createdAt(), now));
        }));
    }

    /** Retires the quest (idempotent). Empty when there is no such quest. */
    public Optional<Quest> retire(String id, Instant now) {
        DocumentReference ref = quests().document(id);
        return Futures.await(firestore.runTransaction(tx -> {
            DocumentSnapshot current = tx.get(ref).get();
            if (!current.exists()) {
                return Optional.<Quest>empty();
            }
            Quest before = read(current);
            if (before.status() == QuestStatus.RETIRED) {
                return Optional.of(before);
            }
            tx.update(ref, STATUS, QuestStatus.RETIRED.name(), UPDATED_AT, Timestamps.timestamp(now));
            return Optional.of(new Quest(id, before.definition(), QuestStatus.RETIRED, before.createdAt(), now));
        }));
    }

    public Optional<Quest> find(String id) {
        DocumentSnapshot doc = Futures.await(quests().document(id).get());
        return doc.exists() ? Optional.of(read(doc)) : Optional.empty();
    }

    /** One page in document-id order; the cursor is the last id of the previous page. */
    public Page<Quest> list(
            Optional<QuestStatus> status, Optional<QuestPeriod> period, int limit, Optional<String> cursor) {
        Query query = quests();
        if (status.isPresent()) {
            query = query.whereEqualTo(STATUS, status.get().name());
        }
        if (period.isPresent()) {
            query = query.whereEqualTo(PERIOD, period.get().name());
        }
        query = query.orderBy(FieldPath.documentId());
        if (cursor.isPresent()) {
            query = query.startAfter(quests().document(cursor.get()));
        }
        List<QueryDocumentSnapshot> docs =
                Futures.await(query.limit(limit + 1).get()).getDocuments();
        List<Quest> items =
                docs.stream().limit(limit).map(QuestRepository::read).toList();
        Optional<String> next =
                docs.size() > limit ? Optional.of(items.getLast().id()) : Optional.empty();
        return new Page<>(items, next);
    }

    /** Every ACTIVE quest, whatever its days: the offer is filtered by date in memory (no composite index). */
    public List<Quest> active() {
        return Futures.await(quests().whereEqualTo(STATUS, QuestStatus.ACTIVE.name())
                        .limit(MAX_ACTIVE)
                        .get())
                .getDocuments()
                .stream()
                .map(QuestRepository::read)
                .toList();
    }

    private static Map<String, Object> definitionFields(QuestDefinition d) {
        Map<String, Object> map = new HashMap<>();
        map.put(TITLE, d.title());
        map.put(DESCRIPTION, d.description());
        map.put(PERIOD, d.period().name());
        map.put(GOAL_TYPE, d.goal().kind().name());
        map.put(GOAL_TARGET, (long) d.goal().target());
        map.put(GOAL_CATEGORY, d.goal().category().orElse(null));
        map.put(REWARD_XP, (long) d.reward().xp());
        map.put(REWARD_BADGE, d.reward().badge().orElse(null));
        map.put(STARTS_ON, d.startsOn().toString());
        map.put(ENDS_ON, d.endsOn().map(LocalDate::toString).orElse(null));
        return map;
    }

    private static Quest read(DocumentSnapshot doc) {
        QuestDefinition definition = new QuestDefinition(
                doc.getString(TITLE),
                doc.getString(DESCRIPTION),
                QuestPeriod.valueOf(doc.getString(PERIOD)),
                QuestGoal.of(
                        QuestGoal.Kind.valueOf(doc.getString(GOAL_TYPE)),
                        doc.getLong(GOAL_TARGET).intValue(),
                        Optional.ofNullable(doc.getString(GOAL_CATEGORY))),
                new QuestReward(doc.getLong(REWARD_XP).intValue(), Optional.ofNullable(doc.getString(REWARD_BADGE))),
                LocalDate.parse(doc.getString(STARTS_ON)),
                Optional.ofNullable(doc.getString(ENDS_ON)).map(LocalDate::parse));
        return new Quest(
                doc.getId(),
                definition,
                QuestStatus.valueOf(doc.getString(STATUS)),
                Timestamps.instant(doc.getTimestamp(CREATED_AT)),
                Timestamps.instant(doc.getTimestamp(UPDATED_AT)));
    }

    private CollectionReference quests() {
        return firestore.collection(FirestoreCollections.QUESTS);
    }
}
