package io.buzzline.events.wire;

import java.util.Optional;

/**
 * How a W3C trace context (https://www.w3.org/TR/trace-context/) crosses services, so that one player's
 * buzz is one trace from the gateway through match to scoring and back. Stream entries written by the
 * Redis Streams connector carry it as header fields ({@code header.traceparent}, {@code header.tracestate});
 * a game's live pub/sub message (one per append, {@link GameNames#live()}) carries it as a first line
 * {@link #LIVE_LINE_PREFIX}{@code <traceparent>}, which no event's JSON can start with. Both are absent when
 * tracing is off, so a reader of this version and one of the last read the same messages.
 */
public final class TraceFields {

    /** Header name of the W3C {@code traceparent} (version-traceid-spanid-flags). */
    public static final String TRACEPARENT = "traceparent";

    /** Header name of the W3C {@code tracestate} (vendor entries; absent when empty). */
    public static final String TRACESTATE = "tracestate";

    /** Starts the live message's trace line; events' JSON starts with '{', so the two never mix. */
    public static final String LIVE_LINE_PREFIX = "traceparent:";

    private TraceFields() {}

    /** The live message's trace line for {@code traceparent} (no newline). */
    public static String liveLine(String traceparent) {
        return LIVE_LINE_PREFIX + traceparent;
    }

    /** The traceparent a live message carries on its first line, if it has one. */
    public static Optional<String> liveTraceparent(String message) {
        if (!message.startsWith(LIVE_LINE_PREFIX)) {
            return Optional.empty();
        }
        int end = message.indexOf('\n');
        return Optional.of(message.substring(LIVE_LINE_PREFIX.length(), end < 0 ? message.length() : end));
    }
}
