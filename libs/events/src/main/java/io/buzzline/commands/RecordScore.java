package io.buzzline.commands;

import static io.buzzline.events.Require.nonBlank;

/** Scoring asks the owner to log the points it computed for one answer event. */
public record RecordScore(String playerId, String sourceEventId, int points, long total, String reason)
        implements GameCommand {

    public RecordScore {
        nonBlank(playerId, "playerId");
        nonBlank(sourceEventId, "sourceEventId");
        nonBlank(reason, "reason");
    }

    @Override
    public CommandType type() {
        return CommandType.RECORD_SCORE;
    }
}
