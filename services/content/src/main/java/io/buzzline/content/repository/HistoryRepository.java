package io.buzzline.content.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.api.gax.rpc.AlreadyExistsException;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldPath;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.WriteBatch;

import io.buzzline.content.firestore.FirestoreCollections;
import io.buzzline.content.firestore.Futures;
import io.buzzline.content.history.ArchiveOutcome;
import io.buzzline.content.history.GameRecord;
import io.buzzline.content.question.Page;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;

/**
 * Finished games in Firestore: {@code history-games/{gameId}} (summary and results), its event log
 * in chunks under {@code log/}, and {@code history-players/{playerId}/games/{gameId}} per player.
 * The game document is written with {@code create} in the same batch as the log, so a second
 * archive of a game fails as a whole and stores nothing twice.
 */
@ApplicationScoped
public class HistoryRepository {

    /** Events per log document: far below Firestore's 1 MiB document limit for canon events. */
    static final int EVENTS_PER_CHUNK = 200;
    /** Player index writes per batch (Firestore allows 500). */
    private static final int PLAYERS_PER_BATCH = 400;

    private static final String EVENTS = "events";
    private static final String ENDED_AT = "endedAt";

    private final Firestore firestore;
    private final EventCodec codec = new EventCodec();

    public HistoryRepository(Firestore firestore) {
        this.firestore = firestore;
    }

    public ArchiveOutcome store(GameRecord record, List<EventEnvelope> log) {
        DocumentReference game = games().document(record.gameId());
        WriteBatch batch = firestore.batch();
        batch.create(game, GameRecordFields.of(record));
        for (int chunk = 0; chunk * EVENTS_PER_CHUNK < log.size(); chunk++) {
            List<String> events =
                    log.subList(chunk * EVENTS_PER_CHUNK, Math.min(log.size(), (chunk + 1) * EVENTS_PER_CHUNK)).stream()
                            .map(codec::encode)
                            .toList();
            batch.set(game.collection(FirestoreCollections.GAME_LOG).document(chunkId(chunk)), Map.of(EVENTS, events));
        }
        ArchiveOutcome outcome;
        try {
            Futures.await(batch.commit());
            outcome = new ArchiveOutcome.Archived(record);
        } catch (AlreadyExistsException e) {
            outcome = new ArchiveOutcome.AlreadyArchived(record.gameId());
        }
        // Idempotent sets, repeated on a second archive so an index interrupted by a crash completes.
        indexPlayers(record);
        return outcome;
    }

    public Optional<GameRecord> find(String gameId) {
        DocumentSnapshot doc = Futures.await(games().document(gameId).get());
        return doc.exists() ? Optional.of(GameRecordFields.read(doc)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public List<String> events(String gameId) {
        List<String> out = new ArrayList<>();
        Futures.await(games().document(gameId)
                        .collection(FirestoreCollections.GAME_LOG)
                        .orderBy(FieldPath.documentId())
                        .get())
                .getDocuments()
                .forEach(chunk -> out.addAll((List<String>) chunk.get(EVENTS)));
        return out;
    }

    /** Most recent first; the cursor is the last game id of the previous page. */
    public Page<GameRecord> gamesOf(String playerId, int limit, Optional<String> cursor) {
        var index = firestore
                .collection(FirestoreCollections.PLAYERS)
                .document(playerId)
                .collection(FirestoreCollections.PLAYER_GAMES);
        Query query = index.orderBy(ENDED_AT, Query.Direction.DESCENDING).orderBy(FieldPath.documentId());
        if (cursor.isPresent()) {
            DocumentSnapshot last = Futures.await(index.document(cursor.get()).get());
            if (last.exists()) {
                query = query.startAfter(last);
            }
        }
        List<QueryDocumentSnapshot> docs =
                Futures.await(query.limit(limit + 1).get()).getDocuments();
        List<DocumentReference> refs =
                docs.stream().limit(limit).map(d -> games().document(d.getId())).toList();
        List<GameRecord> records = refs.isEmpty()
                ? List.of()
                : Futures.await(firestore.getAll(refs.toArray(DocumentReference[]::new))).stream()
                        .filter(DocumentSnapshot::exists)
                        .map(GameRecordFields::read)
                        .toList();
        Optional<String> next = docs.size() > limit ? Optional.of(refs.getLast().getId()) : Optional.empty();
        return new Page<>(records, next);
    }

    private void indexPlayers(GameRecord record) {
        for (int from = 0; from < record.results().size(); from += PLAYERS_PER_BATCH) {
            WriteBatch batch = firestore.batch();
            record.results()
                    .subList(from, Math.min(record.results().size(), from + PLAYERS_PER_BATCH))
                    .forEach(result -> batch.set(
                            firestore
                                    .collection(FirestoreCollections.PLAYERS)
                                    .document(result.playerId())
                                    .collection(FirestoreCollections.PLAYER_GAMES)
                                    .document(record.gameId()),
                            Map.of(
                                    ENDED_AT,
                                    QuestionDocument.timestamp(record.endedAt()),
                                    "score",
                                    result.score(),
                                    "rank",
                                    (long) result.rank())));
            Futures.await(batch.commit());
        }
    }

    private static String chunkId(int chunk) {
        // Zero-padded so document-id order is chunk order.
        return "%06d".formatted(chunk);
    }

    private com.google.cloud.firestore.CollectionReference games() {
        return firestore.collection(FirestoreCollections.GAMES);
    }
}
