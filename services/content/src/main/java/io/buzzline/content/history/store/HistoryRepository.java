package io.buzzline.content.history.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.api.gax.rpc.AlreadyExistsException;
import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldPath;
import com.google.cloud.firestore.FieldValue;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.WriteBatch;

import io.buzzline.content.firestore.FirestoreCollections;
import io.buzzline.content.history.ArchiveOutcome;
import io.buzzline.content.history.GamePlay;
import io.buzzline.content.history.GameRecord;
import io.buzzline.content.history.QuestionPlays;
import io.buzzline.content.question.store.QuestionDocument;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;
import io.buzzline.firestore.Futures;

/**
 * Finished games in Firestore: {@code history-games/{gameId}} (summary and results) and its event
 * log in chunks under {@code log/}. The game document is written with {@code create} in the same
 * batch as the log and the played questions' statistics increments, so a second archive of a game
 * fails as a whole: nothing is stored, and no question is counted, twice.
 */
@ApplicationScoped
public class HistoryRepository {

    /** Events per log document: far below Firestore's 1 MiB document limit for canon events. */
    static final int EVENTS_PER_CHUNK = 200;

    private static final String EVENTS = "events";

    private final Firestore firestore;
    private final PlayerGamesIndex players;
    private final EventCodec codec = new EventCodec();

    public HistoryRepository(Firestore firestore, PlayerGamesIndex players) {
        this.firestore = firestore;
        this.players = players;
    }

    public ArchiveOutcome store(GameRecord record, List<EventEnvelope> log, GamePlay play) {
        // Questions are retired, never deleted, so ones that exist now still exist at the commit.
        Map<String, String> categories = categoriesOf(play.questions().keySet());
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
        for (Map.Entry<String, QuestionPlays> plays : play.questions().entrySet()) {
            if (categories.containsKey(plays.getKey())) {
                batch.update(questions().document(plays.getKey()), playIncrements(plays.getValue()));
            }
        }
        ArchiveOutcome outcome;
        try {
            Futures.await(batch.commit());
            outcome = new ArchiveOutcome.Archived(record);
        } catch (AlreadyExistsException e) {
            outcome = new ArchiveOutcome.AlreadyArchived(record.gameId());
        }
        // Idempotent sets, repeated on a second archive so an index interrupted by a crash completes.
        players.index(record, play, categories);
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

    /** The category of each id that names a question of the bank; ids of no question are left out. */
    private Map<String, String> categoriesOf(Iterable<String> ids) {
        List<DocumentReference> refs = new ArrayList<>();
        ids.forEach(id -> refs.add(questions().document(id)));
        Map<String, String> out = new HashMap<>();
        if (refs.isEmpty()) {
            return out;
        }
        for (DocumentSnapshot doc : Futures.await(firestore.getAll(refs.toArray(DocumentReference[]::new)))) {
            if (doc.exists()) {
                out.put(doc.getId(), doc.getString(QuestionDocument.CATEGORY));
            }
        }
        return out;
    }

    /**
     * Increments adding one game's plays of a question to its statistics; written here, in the archive's
     * batch, so a game archived twice (its create fails the whole batch) counts its questions once.
     */
    private static Map<String, Object> playIncrements(QuestionPlays plays) {
        return Map.of(
                QuestionDocument.TIMES_ASKED, FieldValue.increment(plays.asked()),
                QuestionDocument.TIMES_ANSWERED, FieldValue.increment(plays.answered()),
                QuestionDocument.TIMES_CORRECT, FieldValue.increment(plays.correct()),
                QuestionDocument.TIMES_SKIPPED, FieldValue.increment(plays.skipped()),
                QuestionDocument.RESPONSE_MILLIS, FieldValue.increment(plays.responseMillis()));
    }

    private static String chunkId(int chunk) {
        // Zero-padded so document-id order is chunk order.
        return "%06d".formatted(chunk);
    }

    private CollectionReference games() {
        return firestore.collection(FirestoreCollections.GAMES);
    }

    private CollectionReference questions() {
        return firestore.collection(FirestoreCollections.QUESTIONS);
    }
}
