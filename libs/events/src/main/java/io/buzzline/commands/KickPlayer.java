package io.buzzline.commands;

import static io.buzzline.events.Require.nonBlank;

/** The host removes a player. */
public record KickPlayer(String hostId, String playerId) implements GameCommand {

    public KickPlayer {
        nonBlank(hostId, "hostId");
        nonBlank(playerId, "playerId");
    }

    @Override
    public CommandType type() {
        return CommandType.KICK_PLAYER;
    }
}
