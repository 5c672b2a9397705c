package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;

/** Addition (code 11): a player left the game or the host kicked them. */
public record PlayerLeft(String playerId, Reason reason) implements GameEvent {

    /** Why the player is gone; a kicked player cannot join again. */
    public enum Reason {
        LEFT,
        KICKED
    }

    public PlayerLeft {
        nonBlank(playerId, "playerId");
        nonNull(reason, "reason");
    }

    @Override
    public Visibility visibility() {
        return new Visibility.OnePlayer(playerId);
    }

    @Override
    public EventType type() {
        return EventType.PLAYER_LEFT;
    }
}
