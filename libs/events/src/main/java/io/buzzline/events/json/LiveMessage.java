package io.buzzline.events.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The payload of a game's live pub/sub channel: the JSON of every event one append logged, in sequence
 * order, one per line. Match publishes once per append instead of once per event (a reveal that owes
 * 7,000 players points used to be 7,000 messages, each parsed and dispatched by every gateway); an
 * append of one event is that event's JSON alone, as before. {@link EventCodec} never writes a raw
 * newline (JSON escapes it inside strings), so a newline can only be the separator.
 */
public final class LiveMessage {

    /** Between two events of one message. Match's APPEND script joins with the same character. */
    public static final char SEPARATOR = '\n';

    private LiveMessage() {}

    /** The message carrying {@code events} (each as {@link EventCodec} encoded it), in their order. */
    public static String join(List<String> events) {
        for (String event : events) {
            if (event.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("an event's JSON holds a raw newline: " + event);
            }
        }
        return String.join(String.valueOf(SEPARATOR), events);
    }

    /** The events' JSON texts of one message, in order; blank lines (none are published) are skipped. */
    public static List<String> split(String payload) {
        List<String> events = new ArrayList<>(1);
        int from = 0;
        while (from <= payload.length()) {
            int end = payload.indexOf(SEPARATOR, from);
            if (end < 0) {
                end = payload.length();
            }
            if (end > from) {
                events.add(payload.substring(from, end));
            }
            from = end + 1;
        }
        return events;
    }
}
