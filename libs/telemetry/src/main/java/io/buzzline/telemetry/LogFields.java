package io.buzzline.telemetry;

import io.opentelemetry.api.trace.SpanContext;
import org.jboss.logging.MDC;

/**
 * The MDC fields of the lines that concern a game: {@code gameId}, {@code playerId}, and the trace they
 * belong to ({@code traceId}, {@code spanId}, the keys Quarkus' OpenTelemetry uses for lines inside its own
 * spans). Set where a command or an appended batch of events is handled, once for it, never per frame sent
 * to a player: {@code try (var fields = LogFields.of(game, player, span)) { ... }}.
 */
public final class LogFields implements AutoCloseable {

    public static final String GAME_ID = "gameId";
    public static final String PLAYER_ID = "playerId";
    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";

    private static final LogFields NONE = new LogFields(false, false, false);

    /**
     * Whether a line can show these fields: only JSON lines do ({@link JsonLogs} sets it at start-up), so with
     * text logs (dev, tests, the local platform) {@link #of} is this one check and touches no MDC.
     */
    private static volatile boolean active;

    private final boolean game;
    private final boolean player;
    private final boolean trace;

    private LogFields(boolean game, boolean player, boolean trace) {
        this.game = game;
        this.player = player;
        this.trace = trace;
    }

    /** Puts what is known (nulls and an invalid span are left out) until {@link #close()}. */
    public static LogFields of(String gameId, String playerId, SpanContext span) {
        if (!active) {
            return NONE;
        }
        boolean traced = span != null && span.isValid();
        if (gameId == null && playerId == null && !traced) {
            return NONE;
        }
        if (gameId != null) {
            MDC.put(GAME_ID, gameId);
        }
        if (playerId != null) {
            MDC.put(PLAYER_ID, playerId);
        }
        if (traced) {
            MDC.put(TRACE_ID, span.getTraceId());
            MDC.put(SPAN_ID, span.getSpanId());
        }
        return new LogFields(gameId != null, playerId != null, traced);
    }

    /** From now on lines carry the fields: the console writes JSON. */
    static void activate() {
        active = true;
    }

    @Override
    public void close() {
        if (game) {
            MDC.remove(GAME_ID);
        }
        if (player) {
            MDC.remove(PLAYER_ID);
        }
        if (trace) {
            MDC.remove(TRACE_ID);
            MDC.remove(SPAN_ID);
        }
    }
}
