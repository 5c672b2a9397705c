package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;

/** A host created a game with these settings. */
public record GameCreated(String hostId, GameSettings settings) implements GameEvent {

    public GameCreated {
        nonBlank(hostId, "hostId");
        nonNull(settings, "settings");
    }

    @Override
    public Visibility visibility() {
        return Visibility.PUBLIC;
    }

    @Override
    public EventType type() {
        return EventType.GAME_CREATED;
    }
}
