package io.buzzline.content.history.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldPath;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.WriteBatch;

import io.buzzline.content.firestore.FirestoreCollections;
import io.buzzline.content.history.GamePlay;
import io.buzzline.content.history.GameRecord;
import io.buzzline.content.history.PlayedGame;
import io.buzzline.content.history.PlayerAnswers;
import io.buzzline.content.history.PlayerResult;
import io.buzzline.content.question.Page;
import io.buzzline.firestore.Futures;
import io.buzzline.firestore.Timestamps;

/**
 * Per player, {@code history-players/{playerId}/games/{gameId}}: when each finished game ended, the
 * player's score and rank, and their answers (count, right, right per category), so a player's games
 * and their quest progress are read without opening the games themselves.
 */
@ApplicationScoped
public class PlayerGamesIndex {

    /** Player index writes per batch (Firestore allows 500). */
    private static final int PLAYERS_PER_BATCH = 400;
    /** Most games one progress computation reads for one player and period. */
    private static final int MAX_GAMES_PER_PERIOD = 2000;

    private static final String ENDED_AT = "endedAt";
    private static final String SCORE = "score";
    private static final String RANK = "rank";
    private static final String ANSWERED = "answered";
    private static final String CORRECT = "correct";
    private static final String CORRECT_BY_CATEGORY = "correctByCategory";

    private final Firestore firestore;

    public PlayerGamesIndex(Firestore firestore) {
        this.firestore = firestore;
    }

    /** Writes (or rewrites, identically) each player's entry for the game. */
    void index(GameRecord record, GamePlay play, Map<String, String> categoryOf) {
        List<PlayerResult> results = record.results();
        for (int from = 0; from < results.size(); from += PLAYERS_PER_BATCH) {
            WriteBatch batch = firestore.batch();
            for (PlayerResult result : results.subList(from, Math.min(results.size(), from + PLAYERS_PER_BATCH))) {
                PlayerAnswers answers = play.of(result.playerId());
                Map<String, Long> byCategory = new HashMap<>();
                answers.correctQuestionIds().stream()
                        .map(categoryOf::get)
                        .filter(Objects::nonNull)
                        .forEach(c -> byCategory.merge(c, 1L, Long::sum));
                batch.set(
                        games(result.playerId()).document(record.gameId()),
                        Map.of(
                                ENDED_AT,
                                Timestamps.timestamp(record.endedAt()),
                                SCORE,
                                result.score(),
                                RANK,
                                (long) result.rank(),
                                ANSWERED,
                                (long) answers.answered(),
                                CORRECT,
                                (long) answers.correct(),
                                CORRECT_BY_CATEGORY,
                                byCategory));
            }
            Futures.await(batch.commit());
        }
    }

    /** Most recent first; the cursor is the last game id of the previous page. */
    public Page<GameRecord> gamesOf(String playerId, int limit, Optional<String> cursor) {
        CollectionReference index = games(playerId);
        Query query = index.orderBy(ENDED_AT, Query.Direction.DESCENDING).orderBy(FieldPath.documentId());
        if (cursor.isPresent()) {
            DocumentSnapshot last = Futures.await(index.document(cursor.get()).get());
            if (last.exists()) {
                query = query.startAfter(last);
            }
        }
        List<QueryDocumentSnapshot> docs =
                Futures.await(query.limit(limit + 1).get()).getDocuments();
        List<DocumentReference> refs = docs.stream()
                .limit(limit)
                .map(d -> firestore.collection(FirestoreCollections.GAMES).document(d.getId()))
                .toList();
        List<GameRecord> records = refs.isEmpty()
                ? List.of()
                : Futures.await(firestore.getAll(refs.toArray(DocumentReference[]::new))).stream()
                        .filter(DocumentSnapshot::exists)
                        .map(GameRecordFields::read)
                        .toList();
        Optional<String> next = docs.size() > limit ? Optional.of(refs.getLast().getId()) : Optional.empty();
        return new Page<>(records, next);
    }

    /** The player's games that ended in [from, to), oldest first. */
    public List<PlayedGame> playedBetween(String playerId, Instant from, Instant to) {
        Query query = games(playerId)
                .whereGreaterThanOrEqualTo(ENDED_AT, Timestamps.timestamp(from))
                .whereLessThan(ENDED_AT, Timestamps.timestamp(to))
                .orderBy(ENDED_AT)
                .limit(MAX_GAMES_PER_PERIOD);
        return Futures.await(query.get()).getDocuments().stream()
                .map(PlayerGamesIndex::played)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static PlayedGame played(DocumentSnapshot doc) {
        Map<String, Integer> byCategory = new HashMap<>();
        Object stored = doc.get(CORRECT_BY_CATEGORY);
        if (stored instanceof Map<?, ?> map) {
            ((Map<String, Number>) map).forEach((category, n) -> byCategory.put(category, n.intValue()));
        }
        return new PlayedGame(
                doc.getId(),
                Timestamps.instant(doc.getTimestamp(ENDED_AT)),
                number(doc, SCORE),
                (int) number(doc, RANK),
                (int) number(doc, ANSWERED),
                (int) number(doc, CORRECT),
                byCategory);
    }

    private static long number(DocumentSnapshot doc, String field) {
        Long value = doc.getLong(field);
        return value == null ? 0L : value;
    }

    private CollectionReference games(String playerId) {
        return firestore
                .collection(FirestoreCollections.PLAYERS)
                .document(playerId)
                .collection(FirestoreCollections.PLAYER_GAMES);
    }
}
