package io.buzzline.engine.fairness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.FireTimer;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.StartGame;
import io.buzzline.engine.Deadline;
import io.buzzline.engine.Decision;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GamePhase;
import io.buzzline.engine.GameState;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;

/**
 * Runs one race through the real engine the way the match service receives it from the gateway: each
 * buzz as a {@code PressBuzz} stamped with its arrival time at the server and the connection's measured
 * round trip, in arrival order, then the collection window's timer; the {@code BUZZER_AWARDED} names
 * the winner. A started game per player count is built once and reused: states are immutable.
 */
public final class EngineRace {

    private static final String HOST = "host";
    private static final Instant OPENS_AT = Instant.parse("2026-12-06T12:00:00Z");

    private final Map<Integer, GameState> started = new HashMap<>();

    /** The engine's default buzzer settings: cap 150 ms, window 300 ms. */
    public static BuzzerSettings settings() {
        return BuzzerSettings.DEFAULT;
    }

    /** Who the engine awards the window to; empty if it accepted no buzz at all (e.g. all too early). */
    public Optional<String> winner(List<Contender> contenders) {
        GameState state = started.computeIfAbsent(contenders.size(), EngineRace::startedGame);
        String questionId = state.question().questionId();
        Instant opensAt = state.question().opensAt();
        List<Contender> byArrival = contenders.stream()
                .sorted(Comparator.comparingLong(Contender::arrivalMillis))
                .toList();
        for (Contender c : byArrival) {
            Instant receivedAt = opensAt.plusMillis(c.arrivalMillis());
            // The gateway stamps when it wrote the question to this player's connection: its place in the fan-out.
            Instant shownAt = opensAt.plusMillis(c.fanOutMillis());
            var press = new PressBuzz(c.playerId(), questionId, receivedAt, c.measuredRttMillis(), shownAt);
            var outcome = GameEngine.handle(state, press, receivedAt);
            if (outcome.decision() instanceof Decision.Accepted) {
                state = outcome.state();
            }
        }
        if (state.phase() != GamePhase.BUZZ_WINDOW) {
            return Optional.empty();
        }
        Deadline window = state.pendingDeadline().orElseThrow();
        var fired = GameEngine.handle(state, new FireTimer(window.timerId(), window.dueAt()), window.dueAt());
        return fired.events().stream()
                .map(e -> e.event())
                .filter(BuzzerAwarded.class::isInstance)
                .map(e -> ((BuzzerAwarded) e).playerId())
                .findFirst();
    }

    /** A BUZZER game with {@code players} joined (p1…pN) whose first question opened at {@link #OPENS_AT}. */
    private static GameState startedGame(int players) {
        var round = new RoundSettings(RoundMode.BUZZER, 1, Duration.ofSeconds(20), Duration.ofSeconds(5), 1000, 200);
        var settings = new GameSettings(
                List.of(round), 100, false, "en", "pack-1", Duration.ZERO, settings(), StreakBonus.DEFAULT);
        var pack = new QuestionPack("pack-1", List.of(new Question("q1", "Question?", List.of("A", "B", "C"), "B")));
        List<GameCommand> setup = new ArrayList<>();
        setup.add(new CreateGame(HOST, settings));
        setup.add(new LoadQuestions(pack));
        IntStream.rangeClosed(1, players).forEach(i -> setup.add(new JoinGame("p" + i, "Player " + i, null)));
        setup.add(new StartGame(HOST));
        GameState state = GameState.empty("fairness");
        Instant at = OPENS_AT.minusSeconds(1);
        for (GameCommand command : setup) {
            var outcome = GameEngine.handle(state, command, command instanceof StartGame ? OPENS_AT : at);
            if (!(outcome.decision() instanceof Decision.Accepted)) {
                throw new IllegalStateException("setup refused " + command + ": " + outcome.decision());
            }
            state = outcome.state();
        }
        return state;
    }
}
