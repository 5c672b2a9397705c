package io.buzzline.events;

import static io.buzzline.events.Require.nonNull;

/** The game is over; nothing follows this event in its log. */
public record GameEnded(Reason reason) implements GameEvent {

    /** Why a game ended. */
    public enum Reason {
        COMPLETED,
        ENDED_BY_HOST,
        ABANDONED,
        CONTENT_UNAVAILABLE
    }

    public GameEnded {
        nonNull(reason, "reason");
    }

    @Override
    public Visibility visibility() {
        return Visibility.PUBLIC;
    }

    @Override
    public EventType type() {
        return EventType.GAME_ENDED;
    }
}
