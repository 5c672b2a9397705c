package io.buzzline.content.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.ScoreUpdated;

/**
 * Checks that a log is one whole finished game (one game id, sequences 1..n without gaps, ending
 * with GAME_ENDED) and folds it into its {@link GameRecord}: a player's score is the {@code total}
 * of their last SCORE_UPDATED.
 */
public final class GameSummarizer {

    public GameRecord summarize(List<EventEnvelope> log) {
        if (log.isEmpty()) {
            throw new InvalidGameLogException("the log is empty");
        }
        String gameId = log.getFirst().gameId();
        Map<String, String> nicknames = new LinkedHashMap<>();
        Map<String, Long> scores = new LinkedHashMap<>();
        for (int i = 0; i < log.size(); i++) {
            EventEnvelope e = log.get(i);
            if (!e.gameId().equals(gameId)) {
                throw new InvalidGameLogException("event " + e.eventId() + " belongs to another game than " + gameId);
            }
            if (e.sequence() != i + 1) {
                throw new InvalidGameLogException(
                        "game " + gameId + ": expected sequence " + (i + 1) + ", found " + e.sequence());
            }
            switch (e.event()) {
                case PlayerJoined joined -> {
                    nicknames.put(joined.playerId(), joined.nickname());
                    scores.putIfAbsent(joined.playerId(), 0L);
                }
                case ScoreUpdated score -> scores.put(score.playerId(), score.total());
                default -> {}
            }
        }
        if (!(log.getLast().event() instanceof GameEnded ended)) {
            throw new InvalidGameLogException("game " + gameId + ": the log does not end with GAME_ENDED");
        }
        return new GameRecord(
                gameId,
                log.getFirst().serverTime(),
                log.getLast().serverTime(),
                ended.reason().name(),
                log.size(),
                rank(scores, nicknames));
    }

    private static List<PlayerResult> rank(Map<String, Long> scores, Map<String, String> nicknames) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(scores.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        List<PlayerResult> results = new ArrayList<>();
        int rank = 0;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, Long> entry = sorted.get(i);
            if (entry.getValue() != previous) {
                rank = i + 1;
                previous = entry.getValue();
            }
            results.add(new PlayerResult(
                    entry.getKey(), nicknames.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue(), rank));
        }
        return results;
    }
}
