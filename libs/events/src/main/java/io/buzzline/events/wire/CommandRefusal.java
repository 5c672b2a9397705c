package io.buzzline.events.wire;

import static io.buzzline.events.Require.nonBlank;

/**
 * Match refused a command (nothing was logged): published on the game's rejection channel, so that the
 * gateway holding the sender answers it with an error frame. {@code commandId} is the gateway's
 * {@code <connection id>/<n>}, {@code type} the command's type, {@code code} the engine's rejection
 * name and {@code message} its description for a person.
 */
public record CommandRefusal(String gameId, String commandId, String type, String code, String message) {

    public CommandRefusal {
        nonBlank(gameId, "gameId");
        nonBlank(commandId, "commandId");
        nonBlank(type, "type");
        nonBlank(code, "code");
        nonBlank(message, "message");
    }

    /** The connection that sent the command: what comes before the last '/' of its id, or null. */
    public String connectionId() {
        int slash = commandId.lastIndexOf('/');
        return slash > 0 ? commandId.substring(0, slash) : null;
    }
}
