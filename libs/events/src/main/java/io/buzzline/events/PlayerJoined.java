package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;

/** A player entered the game under a moderated nickname; {@code teamId} is null without team play. */
public record PlayerJoined(String playerId, String nickname, String teamId) implements GameEvent {

    public PlayerJoined {
        nonBlank(playerId, "playerId");
        nonBlank(nickname, "nickname");
    }

    @Override
    public Visibility visibility() {
        return new Visibility.OnePlayer(playerId);
    }

    @Override
    public EventType type() {
        return EventType.PLAYER_JOINED;
    }
}
