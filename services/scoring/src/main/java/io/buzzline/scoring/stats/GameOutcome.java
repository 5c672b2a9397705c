package io.buzzline.scoring.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.buzzline.scoring.tally.PlayerTally;

/**
 * Final places of a game: by total, highest first; equal totals share the better place ("1224"
 * ranking), so two players tied at the top both win. Player id orders ties only for display.
 */
public final class GameOutcome {

    private GameOutcome() {}

    public static List<RankedResult> rank(List<PlayerTally> results) {
        List<PlayerTally> sorted = results.stream()
                .sorted(Comparator.comparingLong(PlayerTally::score).reversed().thenComparing(PlayerTally::playerId))
                .toList();
        List<RankedResult> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean tiedWithPrevious =
                    i > 0 && sorted.get(i).score() == sorted.get(i - 1).score();
            int rank = tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankedResult(rank, sorted.get(i)));
        }
        return ranked;
    }
}
