package io.buzzline.commands;

import io.buzzline.events.GameSettings;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;

/** A host creates the game with its settings. */
public record CreateGame(String hostId, GameSettings settings) implements GameCommand {

    public CreateGame {
        nonBlank(hostId, "hostId");
        nonNull(settings, "settings");
    }

    @Override
    public CommandType type() {
        return CommandType.CREATE_GAME;
    }
}
