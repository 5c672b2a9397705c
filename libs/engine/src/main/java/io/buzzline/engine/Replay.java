package io.buzzline.engine;

import java.util.List;

import io.buzzline.events.EventEnvelope;

/** Rebuilding a game: from its whole log, or from a snapshot plus the events after it. */
public final class Replay {

    private Replay() {}

    public static GameState fromLog(String gameId, List<EventEnvelope> log) {
        return GameEngine.applyAll(GameState.empty(gameId), log);
    }

    /**
     * @param tail the events after the snapshot's sequence, in order
     * @throws IllegalStateException if the tail does not continue the snapshot
     */
    public static GameState fromSnapshot(GameSnapshot snapshot, List<EventEnvelope> tail) {
        return GameEngine.applyAll(Snapshots.restore(snapshot), tail);
    }
}
