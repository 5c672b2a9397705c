package io.buzzline.events;

import java.time.Instant;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;
import static io.buzzline.events.Require.positive;

/**
 * A game event as it is logged and shipped: the game it belongs to, its gap-free per-game sequence
 * number (the first event of a game is 1), the server time it was decided at, and the schema version
 * its payload was written with.
 */
public record EventEnvelope(String gameId, long sequence, Instant serverTime, int schemaVersion, GameEvent event) {

    /** The schema version this build writes and the newest it can read. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public EventEnvelope {
        nonBlank(gameId, "gameId");
        positive(sequence, "sequence");
        nonNull(serverTime, "serverTime");
        if (schemaVersion < 1 || schemaVersion > CURRENT_SCHEMA_VERSION) {
            throw new IllegalArgumentException(
                    "schemaVersion: " + schemaVersion + " is not supported (1.." + CURRENT_SCHEMA_VERSION + ")");
        }
        nonNull(event, "event");
    }

    /** Wraps an event at the current schema version. */
    public static EventEnvelope of(String gameId, long sequence, Instant serverTime, GameEvent event) {
        return new EventEnvelope(gameId, sequence, serverTime, CURRENT_SCHEMA_VERSION, event);
    }

    public EventType type() {
        return event.type();
    }

    /** A stable id for idempotent consumers: the same event always has the same id. */
    public String eventId() {
        return gameId + ":" + sequence;
    }
}
