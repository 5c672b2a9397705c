package io.buzzline.events;

import java.time.Instant;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNegative;
import static io.buzzline.events.Require.nonNull;

/**
 * A player's buzz was accepted. {@code receivedAt} is when the gateway received it,
 * {@code oneWayEstimateMillis} the capped one-way latency estimate the engine ranks it with, and
 * {@code deliveryLagMillis} how long after the question opened the gateway wrote it to that player's
 * connection (its place in the fan-out; 0 when the gateway did not stamp it). It may be negative by the
 * skew between the gateway's and match's clocks, which the ranking cancels: see the engine's fair buzzer.
 */
public record BuzzPressed(
        String playerId, String questionId, Instant receivedAt, long oneWayEstimateMillis, long deliveryLagMillis)
        implements GameEvent {

    /** A buzz whose question is taken to have been written to the player when it opened. */
    public BuzzPressed(String playerId, String questionId, Instant receivedAt, long oneWayEstimateMillis) {
        this(playerId, questionId, receivedAt, oneWayEstimateMillis, 0);
    }

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
