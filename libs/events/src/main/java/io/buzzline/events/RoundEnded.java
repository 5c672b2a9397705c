package io.buzzline.events;

import static io.buzzline.events.Require.positive;

/** Round {@code round} is over. */
public record RoundEnded(int round) implements GameEvent {

    public RoundEnded {
        positive(round, "round");
    }

    @Override
    public Visibility visibility() {
        return Visibility.PUBLIC;
    }

    @Override
    public EventType type() {
        return EventType.ROUND_ENDED;
    }
}
