package io.buzzline.events.json;

import java.util.ArrayList;
import java.util.List;

import io.buzzline.events.wire.TraceFields;

/**
 * The events of one append in match, as one message: the JSON of each, in sequence order, one per line.
 * It is the payload of a game's live pub/sub channel and of an entry of match's events stream. Match used
 * to publish and stream every event alone: a reveal owing 7,000 players points was 7,000 messages each
 * gateway parsed and dispatched, and 7,000 stream entries scoring read and acknowledged one by one. A batch
 * of one event is that event's JSON alone, as before. {@link EventCodec} never writes a raw newline (JSON
 * escapes it inside strings), so a newline can only be the separator.
 */
public final class EventBatch {

    /** Between two events of one batch. Match's APPEND script joins with the same character. */
    public static final char SEPARATOR = '\n';

    private EventBatch() {}

    /** The batch carrying {@code events} (each as {@link EventCodec} encoded it), in their order. */
    public static String join(List<String> events) {
        for (String event : events) {
            if (event.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("an event's JSON holds a raw newline: " + event);
            }
        }
        return String.join(String.valueOf(SEPARATOR), events);
    }

    /**
     * The events' JSON texts of one batch, in order; blank lines (none are written) are skipped, and so is a
     * live message's leading trace line ({@link TraceFields#liveLine}).
     */
    public static List<String> split(String payload) {
        List<String> events = new ArrayList<>(1);
        int from = 0;
        if (payload.startsWith(TraceFields.LIVE_LINE_PREFIX)) {
            int end = payload.indexOf(SEPARATOR);
            from = end < 0 ? payload.length() + 1 : end + 1;
        }
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
