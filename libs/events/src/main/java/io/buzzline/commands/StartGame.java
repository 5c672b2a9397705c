package io.buzzline.commands;

import static io.buzzline.events.Require.nonBlank;

/** The host starts the game. */
public record StartGame(String hostId) implements GameCommand {

    public StartGame {
        nonBlank(hostId, "hostId");
    }

    @Override
    public CommandType type() {
        return CommandType.START_GAME;
    }
}
