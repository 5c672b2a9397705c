package io.buzzline.events;

import static io.buzzline.events.Require.nonNull;
import static io.buzzline.events.Require.positive;

/** Round {@code round} (1-based) began in the given mode. */
public record RoundStarted(int round, RoundMode mode, int questionCount) implements GameEvent {

    public RoundStarted {
        positive(round, "round");
        nonNull(mode, "mode");
        positive(questionCount, "questionCount");
    }

    @Override
    public Visibility visibility() {
        return Visibility.PUBLIC;
    }

    @Override
    public EventType type() {
        return EventType.ROUND_STARTED;
    }
}
