package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;

/**
 * The scoring service awarded {@code points} (negative for a penalty) to a player, bringing their
 * total to {@code total}; {@code sourceEventId} is the answer event it scores, for idempotency.
 */
public record ScoreUpdated(String playerId, String sourceEventId, int points, long total, String reason)
        implements GameEvent {

    public ScoreUpdated {
        nonBlank(playerId, "playerId");
        nonBlank(sourceEventId, "sourceEventId");
        nonBlank(reason, "reason");
    }

    @Override
    public Visibility visibility() {
        return new Visibility.OnePlayer(playerId);
    }

    @Override
    public EventType type() {
        return EventType.SCORE_UPDATED;
    }
}
