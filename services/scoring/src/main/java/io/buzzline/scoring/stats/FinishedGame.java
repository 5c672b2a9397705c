package io.buzzline.scoring.stats;

import java.time.Instant;
import java.util.List;

import io.buzzline.scoring.tally.PlayerTally;

/** A game at its GAME_ENDED: when and why it ended, the rules it was scored by, its players. */
public record FinishedGame(
        String gameId, Instant endedAt, String endReason, String rulesVersion, List<PlayerTally> players) {

    public FinishedGame {
        players = List.copyOf(players);
    }
}
