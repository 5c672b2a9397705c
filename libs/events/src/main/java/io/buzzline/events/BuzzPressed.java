package io.buzzline.events;

import java.time.Instant;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNegative;
import static io.buzzline.events.Require.nonNull;

/**
 * A player's buzz was accepted. {@code receivedAt} is when the gateway received it and
 * {@code oneWayEstimateMillis} the capped one-way latency estimate the engine ranks it with.
 */
public record BuzzPressed(String playerId, String questionId, Instant receivedAt, long oneWayEstimateMillis)
        implements GameEvent {

    public BuzzPressed {
        nonBlank(playerId, "playerId");
        nonBlank(questionId, "questionId");
        nonNull(receivedAt, "receivedAt");
        nonNegative(oneWayEstimateMillis, "oneWayEstimateMillis");
    }

    /** The estimated moment the player pressed: receive time minus the one-way estimate. */
    public Instant estimatedSentAt() {
        return receivedAt.minusMillis(oneWayEstimateMillis);
    }

    @Override
    public Visibility visibility() {
        return new Visibility.OnePlayer(playerId);
    }

    @Override
    public EventType type() {
        return EventType.BUZZ_PRESSED;
    }
}
