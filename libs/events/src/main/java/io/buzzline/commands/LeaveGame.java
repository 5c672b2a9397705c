package io.buzzline.commands;

import static io.buzzline.events.Require.nonBlank;

/** A player leaves the game. */
public record LeaveGame(String playerId) implements GameCommand {

    public LeaveGame {
        nonBlank(playerId, "playerId");
    }

    @Override
    public CommandType type() {
        return CommandType.LEAVE_GAME;
    }
}
