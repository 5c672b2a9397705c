package io.buzzline.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.EndGame;
import io.buzzline.commands.FireTimer;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.KickPlayer;
import io.buzzline.commands.LeaveGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ReportPackUnavailable;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.EventEnvelope;

/**
 * The pure game engine: {@code decide} turns a command into events or a rejection without changing
 * anything, {@code apply} folds an event into the state. No I/O and no clock: {@code now} is always
 * an argument, and a state depends only on the events folded into it.
 */
public final class GameEngine {

    private GameEngine() {}

    /** Judges {@code command} against {@code state} at server time {@code now}. */
    public static Decision decide(GameState state, GameCommand command, Instant now) {
        if (state.phase() == GamePhase.NEW && !(command instanceof CreateGame)) {
            return Decision.reject(Rejection.GAME_NOT_CREATED);
        }
        if (state.phase() == GamePhase.ENDED) {
            return Decision.reject(Rejection.GAME_OVER);
        }
        return switch (command) {
            case CreateGame c -> SetupRules.create(state, c, now);
            case LoadQuestions c -> SetupRules.load(state, c, now);
            case ReportPackUnavailable c -> SetupRules.packUnavailable(state, c, now);
            case StartGame c -> SetupRules.start(state, c, now);
            case EndGame c -> SetupRules.end(state, c, now);
            case JoinGame c -> MembershipRules.join(state, c, now);
            case LeaveGame c -> MembershipRules.leave(state, c, now);
            case KickPlayer c -> MembershipRules.kick(state, c, now);
            case ShowNextQuestion c -> ProgressRules.showNext(state, c, now);
            case SkipQuestion c -> ProgressRules.skip(state, c, now);
            case PressBuzz c -> BuzzerRules.press(state, c, now);
            case SubmitAnswer c -> AnswerRules.submit(state, c, now);
            case FireTimer c -> TimerRules.fire(state, c, now);
        };
    }

    /**
     * A refusal of {@code command} that an edge holding only {@code delivered}, a prefix of the game's log,
     * can give at once: {@code decide} would refuse it for that reason against {@code delivered} and, short of
     * a {@code BUZZER_REOPENED} after it, against any longer prefix. Empty when the owner must judge it.
     */
    public static Optional<Rejection> settledRefusal(GameState delivered, GameCommand command) {
        return SettledRefusals.of(delivered, command);
    }

    /** The reasons {@link #settledRefusal} can give: what an edge may answer itself (docs/protocol.md lists them). */
    public static Set<Rejection> settledReasons() {
        return SettledRefusals.REASONS;
    }

    /**
     * Folds one event into the state.
     *
     * @throws IllegalStateException if the event is not the next one of this game's log
     */
    public static GameState apply(GameState state, EventEnvelope event) {
        return EventApplier.apply(state, event);
    }

    /** Folds events in order. */
    public static GameState applyAll(GameState state, List<EventEnvelope> events) {
        GameState result = state;
        for (EventEnvelope event : events) {
            result = apply(result, event);
        }
        return result;
    }

    /** Decides and, if accepted, applies: what a runtime does for each command. */
    public static Outcome handle(GameState state, GameCommand command, Instant now) {
        Decision decision = decide(state, command, now);
        return switch (decision) {
            case Decision.Accepted accepted -> new Outcome(applyAll(state, accepted.events()), decision);
            case Decision.Rejected rejected -> new Outcome(state, decision);
        };
    }

    /** The state after a command and the decision that led to it. */
    public record Outcome(GameState state, Decision decision) {

        public List<EventEnvelope> events() {
            return switch (decision) {
                case Decision.Accepted accepted -> accepted.events();
                case Decision.Rejected rejected -> List.of();
            };
        }
    }
}
