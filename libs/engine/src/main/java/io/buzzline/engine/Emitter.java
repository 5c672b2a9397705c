package io.buzzline.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEvent;

/** Wraps the events of one decision in envelopes numbered after the state's last sequence. */
final class Emitter {

    private final GameState state;
    private final Instant now;
    private final List<EventEnvelope> events = new ArrayList<>(3);

    private Emitter(GameState state, Instant now) {
        this.state = state;
        this.now = now;
    }

    static Emitter after(GameState state, Instant now) {
        return new Emitter(state, now);
    }

    Emitter emit(GameEvent event) {
        events.add(EventEnvelope.of(state.gameId(), state.sequence() + events.size() + 1, now, event));
        return this;
    }

    /** The sequence of the event emitted last: an answer's id for the scores of the same decision. */
    long lastSequence() {
        return state.sequence() + events.size();
    }

    Decision accept() {
        return new Decision.Accepted(events);
    }

    /** Shorthand for a decision of one event. */
    static Decision single(GameState state, Instant now, GameEvent event) {
        return after(state, now).emit(event).accept();
    }
}
