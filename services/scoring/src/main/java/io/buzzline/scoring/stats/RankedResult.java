package io.buzzline.scoring.stats;

import io.buzzline.scoring.tally.PlayerTally;

/** A player's result with its final place (1-based; tied totals share the better place). */
public record RankedResult(int rank, PlayerTally result) {

    public boolean won() {
        return rank == 1;
    }

    public boolean podium() {
        return rank <= 3;
    }
}
