package io.buzzline.content.history;

import java.time.Instant;
import java.util.Map;

/**
 * One finished game from one player's side, as their history index keeps it: when it ended, their
 * score and rank, how many answers they gave and got right, and their right answers per category.
 */
public record PlayedGame(
        String gameId,
        Instant endedAt,
        long score,
        int rank,
        int answered,
        int correct,
        Map<String, Integer> correctByCategory) {

    public PlayedGame {
        correctByCategory = Map.copyOf(correctByCategory);
    }
}
