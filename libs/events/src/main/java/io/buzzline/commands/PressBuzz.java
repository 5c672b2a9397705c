package io.buzzline.commands;

import java.time.Instant;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNegative;
import static io.buzzline.events.Require.nonNull;

/** A player buzzed: when the gateway received it and that connection's measured round-trip time. */
public record PressBuzz(String playerId, String questionId, Instant receivedAt, long roundTripMillis)
        implements GameCommand {

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
