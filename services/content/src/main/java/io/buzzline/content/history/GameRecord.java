package io.buzzline.content.history;

import java.time.Instant;
import java.util.List;

/** A finished game as archived: when, why it ended, how many events, and each player's result. */
public record GameRecord(
        String gameId,
        Instant startedAt,
        Instant endedAt,
        String endReason,
        long eventCount,
        List<PlayerResult> results) {

    public GameRecord {
        results = List.copyOf(results);
    }
}
