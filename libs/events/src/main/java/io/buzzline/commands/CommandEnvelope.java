package io.buzzline.commands;

import java.time.Instant;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;

/**
 * A command as it travels to the owning match instance. {@code commandId} is chosen by the sender
 * and makes retries idempotent; {@code issuedAt} is when the sending service accepted it.
 */
public record CommandEnvelope(String commandId, String gameId, Instant issuedAt, GameCommand command) {

    public CommandEnvelope {
        nonBlank(commandId, "commandId");
        nonBlank(gameId, "gameId");
        nonNull(issuedAt, "issuedAt");
        nonNull(command, "command");
    }

    public CommandType type() {
        return command.type();
    }
}
