package io.buzzline.commands;

import static io.buzzline.events.Require.nonBlank;

/** The host ends the game early. */
public record EndGame(String hostId) implements GameCommand {

    public EndGame {
        nonBlank(hostId, "hostId");
    }

    @Override
    public CommandType type() {
        return CommandType.END_GAME;
    }
}
