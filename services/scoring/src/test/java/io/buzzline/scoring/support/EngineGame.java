package io.buzzline.scoring.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.buzzline.commands.FireTimer;
import io.buzzline.commands.GameCommand;
import io.buzzline.engine.Deadline;
import io.buzzline.engine.Decision;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.ScoreUpdated;

/**
 * A game decided by the real engine on a hand-moved clock, as match would run it: the log it writes
 * is what scoring must tally, points included (the engine computes them at each reveal).
 */
public final class EngineGame {

    private final List<EventEnvelope> log = new ArrayList<>();
    private GameState state;
    private Instant now = Instant.parse("2026-11-25T12:00:00Z");

    public EngineGame(String gameId) {
        this.state = GameState.empty(gameId);
    }

    /** Decides and applies a command; true if the engine accepted it. */
    public boolean handle(GameCommand command) {
        GameEngine.Outcome outcome = GameEngine.handle(state, command, now);
        state = outcome.state();
        log.addAll(outcome.events());
        return outcome.decision() instanceof Decision.Accepted;
    }

    /** Decides a command the engine must accept. */
    public void accept(GameCommand command) {
        if (!handle(command)) {
            throw new IllegalStateException("the engine refused " + command + ": " + outcome(command));
        }
    }

    private Decision outcome(GameCommand command) {
        return GameEngine.decide(state, command, now);
    }

    /** Moves the clock to the pending deadline and fires it. */
    public void fireTimer() {
        Deadline deadline = state.pendingDeadline().orElseThrow();
        now = now.isBefore(deadline.dueAt()) ? deadline.dueAt() : now;
        accept(new FireTimer(deadline.timerId(), deadline.dueAt()));
    }

    public void after(long millis) {
        now = now.plusMillis(millis);
    }

    public Instant now() {
        return now;
    }

    public GameState state() {
        return state;
    }

    public String gameId() {
        return state.gameId();
    }

    public List<EventEnvelope> log() {
        return List.copyOf(log);
    }

    /** Each player's sum of SCORE_UPDATED points in the log: what every record of the game must show. */
    public Map<String, Long> pointsInLog() {
        Map<String, Long> sums = new HashMap<>();
        state.players().keySet().forEach(player -> sums.put(player, 0L));
        for (EventEnvelope envelope : log) {
            if (envelope.event() instanceof ScoreUpdated score) {
                sums.merge(score.playerId(), (long) score.points(), Long::sum);
            }
        }
        return sums;
    }
}
