package io.buzzline.match.runtime;

import java.time.Instant;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.GameCommand;
import io.buzzline.engine.Decision;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;

/**
 * One unit of work for a game's actor: the id its events are logged under (what makes retries
 * idempotent), the intake entry it came from (null for the runtime's own: timers, question loading)
 * and how to decide it.
 */
public record Step(String commandId, String entryId, String type, Decider decider) {

    /** The type of {@link GameActor#inspect} steps: they read the logged state and decide nothing. */
    public static final String INSPECT = "INSPECT";

    /** True for an inspection, which runs alone so that it sees only logged state. */
    public boolean inspection() {
        return INSPECT.equals(type);
    }

    /** Turns the current state into a decision at server time {@code now}. */
    @FunctionalInterface
    public interface Decider {
        Decision decide(GameState state, Instant now);
    }

    /** A command read from the intake stream at {@code entryId}. */
    public static Step of(CommandEnvelope envelope, String entryId) {
        return internal(envelope.commandId(), entryId, envelope.command());
    }

    /** A command the runtime sends itself; its id must be derived from the state so a retry has the same id. */
    public static Step internal(String commandId, String entryId, GameCommand command) {
        return new Step(
                commandId, entryId, command.type().name(), (state, now) -> GameEngine.decide(state, command, now));
    }
}
