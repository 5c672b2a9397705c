package io.buzzline.commands;

import static io.buzzline.events.Require.nonBlank;

/** A player joins under an already moderated nickname; {@code teamId} is null without team play. */
public record JoinGame(String playerId, String nickname, String teamId) implements GameCommand {

    public JoinGame {
        nonBlank(playerId, "playerId");
        nonBlank(nickname, "nickname");
    }

    @Override
    public CommandType type() {
        return CommandType.JOIN_GAME;
    }
}
