package io.buzzline.events.wire;

import java.util.Iterator;
import java.util.Map;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.positive;

/**
 * One entry of a game's log ({@link GameNames#log()}): id {@code <sequence>-0}, field {@link #COMMAND} the
 * id of the command that produced the event, field {@link #EVENT} the event's JSON. Match writes it in its
 * append script; every reader (the gateway's resume, content's archive, match's recovery, the tests)
 * takes entries apart and computes ranges here, whatever Redis client it reads with.
 */
public record LogEntry(long sequence, String commandId, String eventJson) {

    /** Field: the id of the command whose handling appended the event. */
    public static final String COMMAND = "cmd";

    /** Field: the event's JSON, as on the live channel. */
    public static final String EVENT = "event";

    public LogEntry {
        positive(sequence, "sequence");
        nonBlank(eventJson, "eventJson");
    }

    /** The entry id of the event with this sequence. */
    public static String id(long sequence) {
        return sequence + "-0";
    }

    /**
     * The exclusive XRANGE start that reads the events after {@code sequence}: {@code (<sequence>-0}.
     * Also right for {@code Long.MAX_VALUE}, where {@code (sequence + 1)-0} would overflow into an id Redis
     * refuses.
     */
    public static String after(long sequence) {
        return "(" + id(Math.max(0, sequence));
    }

    /** The sequence of a log entry id ({@code <sequence>-0}). */
    public static long sequenceOf(String entryId) {
        int dash = entryId.indexOf('-');
        if (dash <= 0 || !entryId.substring(dash).equals("-0")) {
            throw new IllegalArgumentException("not a log entry id: " + entryId);
        }
        return Long.parseLong(entryId.substring(0, dash));
    }

    /** An entry from its id and its fields by name (clients that read entries into maps). */
    public static LogEntry of(String entryId, Map<String, String> fields) {
        String event = fields.get(EVENT);
        if (event == null) {
            throw new IllegalArgumentException("log entry " + entryId + " has no " + EVENT + " field");
        }
        return new LogEntry(sequenceOf(entryId), fields.get(COMMAND), event);
    }

    /**
     * An entry from its id and its fields as Redis lists them ({@code name, value, name, value...}), each
     * element's {@code toString()} being its text: strings, or the reply elements of whichever Redis client
     * read it. A missing command id is allowed (entries of older logs have none); a missing event is not.
     */
    public static LogEntry of(String entryId, Iterable<?> fieldsAndValues) {
        String commandId = null;
        String event = null;
        Iterator<?> fields = fieldsAndValues.iterator();
        while (fields.hasNext()) {
            String name = String.valueOf(fields.next());
            if (!fields.hasNext()) {
                break;
            }
            String value = String.valueOf(fields.next());
            switch (name) {
                case COMMAND -> commandId = value;
                case EVENT -> event = value;
                default -> {
                    // Fields a later writer may add: readers of this version skip them.
                }
            }
        }
        if (event == null) {
            throw new IllegalArgumentException("log entry " + entryId + " has no " + EVENT + " field");
        }
        return new LogEntry(sequenceOf(entryId), commandId, event);
    }
}
