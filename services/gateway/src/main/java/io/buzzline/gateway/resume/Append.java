package io.buzzline.gateway.resume;

import java.util.List;

import io.buzzline.gateway.protocol.ServerFrameEncoder;

/**
 * The events of one append (one decision of match) that a connection may see, in sequence order, and
 * the protocol v3 frame carrying them all: one frame per decision rather than per event, so a reveal with
 * its points and the round's end costs a player one frame, not three. The frame is built once and
 * shared by every connection that sees the same events.
 */
public record Append(List<LoggedEvent> events, String frame) {

    public Append {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an append has at least one event");
        }
        events = List.copyOf(events);
    }

    public static Append of(List<LoggedEvent> events) {
        return new Append(events, ServerFrameEncoder.appendFrame(events));
    }

    public long first() {
        return events.getFirst().sequence();
    }

    public long last() {
        return events.getLast().sequence();
    }
}
