package io.buzzline.commands;

import java.time.Instant;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNegative;
import static io.buzzline.events.Require.nonNull;

/**
 * A player buzzed: when the gateway received it, that connection's measured round-trip time, and when the
 * gateway wrote the question's frame to that connection ({@code shownAt}, null when it did not: the
 * connection joined later, or the question came in a resume's catch-up before this gateway stamped it).
 * {@code receivedAt} and {@code shownAt} come from the same clock, the gateway's, so their difference is
 * free of any skew between the gateway's and match's clocks.
 */
public record PressBuzz(String playerId, String questionId, Instant receivedAt, long roundTripMillis, Instant shownAt)
        implements GameCommand {

    /** A buzz without a delivery stamp: ranked as if the question reached the player when it opened. */
    public PressBuzz(String playerId, String questionId, Instant receivedAt, long roundTripMillis) {
        this(playerId, questionId, receivedAt, roundTripMillis, null);
    }

    public PressBuzz {
        nonBlank(playerId, "playerId");
        nonBlank(questionId, "questionId");
        nonNull(receivedAt, "receivedAt");
        nonNegative(roundTripMillis, "roundTripMillis");
    }

    @Override
    public CommandType type() {
        return CommandType.PRESS_BUZZ;
    }
}
