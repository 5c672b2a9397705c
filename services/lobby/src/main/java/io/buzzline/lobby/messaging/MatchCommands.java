package io.buzzline.lobby.messaging;

import io.buzzline.commands.GameCommand;

/** The way the lobby asks match to change a game; the lobby never writes game state itself. */
public interface MatchCommands {

    /**
     * Sends one command and returns once it is durably queued for match.
     *
     * @param commandId chosen by the lobby so that a retried request sends the same id and match
     *     applies it once
     */
    void send(String commandId, String gameId, GameCommand command);
}
