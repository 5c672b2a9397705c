package io.buzzline.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.FireTimer;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.StartGame;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEvent;
import io.buzzline.events.GameSettings;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;

import static org.assertj.core.api.Assertions.assertThat;

/** Test fixture: settings, packs, and a game driven command by command with a hand-moved clock. */
final class Games {

    static final String HOST = "host";
    static final String PACK_ID = "pack-1";
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    static final Duration BUZZ_ANSWER_LIMIT = Duration.ofSeconds(5);

    private GameState state = GameState.empty("g-1");
    private Instant now = T0;
    private final List<EventEnvelope> log = new ArrayList<>();

    static GameSettings settings(Duration autoAdvance, RoundMode... modes) {
        List<RoundSettings> rounds = new ArrayList<>();
        for (RoundMode mode : modes) {
            rounds.add(new RoundSettings(mode, 2, TIME_LIMIT, BUZZ_ANSWER_LIMIT, 1000, 200));
        }
        return new GameSettings(
                rounds, 100, false, "en", PACK_ID, autoAdvance, BuzzerSettings.DEFAULT, StreakBonus.DEFAULT);
    }

    static GameSettings settings(RoundMode... modes) {
        return settings(Duration.ZERO, modes);
    }

    static QuestionPack pack(int size) {
        return new QuestionPack(
                PACK_ID,
                IntStream.rangeClosed(1, size)
                        .mapToObj(i -> new Question("q" + i, "Question " + i + "?", List.of("A", "B", "C"), "B"))
                        .toList());
    }

    /** A created game with the pack loaded and {@code players} joined (p1, p2, ...), not started. */
    static Games lobby(GameSettings settings, int players) {
        Games game = new Games();
        game.accept(new CreateGame(HOST, settings));
        game.accept(new LoadQuestions(pack(settings.totalQuestions())));
        for (int i = 1; i <= players; i++) {
            game.accept(new JoinGame("p" + i, "Player " + i, null));
        }
        return game;
    }

    /** A started game: the first question of round 1 is open since {@link #now()}. */
    static Games started(GameSettings settings, int players) {
        Games game = lobby(settings, players);
        game.accept(new StartGame(HOST));
        return game;
    }

    static Games fresh() {
        return new Games();
    }

    /** Runs a command that must be accepted; returns its events' payloads. */
    List<GameEvent> accept(GameCommand command) {
        var outcome = GameEngine.handle(state, command, now);
        assertThat(outcome.decision()).as("decision for %s", command).isInstanceOf(Decision.Accepted.class);
        state = outcome.state();
        log.addAll(outcome.events());
        return outcome.events().stream().map(EventEnvelope::event).toList();
    }

    /** Runs a command that must be rejected, checks the state is untouched, returns the reason. */
    Rejection reject(GameCommand command) {
        GameState before = state;
        var decision = GameEngine.decide(state, command, now);
        assertThat(decision).as("decision for %s", command).isInstanceOf(Decision.Rejected.class);
        assertThat(state).isSameAs(before);
        return ((Decision.Rejected) decision).reason();
    }

    Games advance(Duration by) {
        now = now.plus(by);
        return this;
    }

    Games advanceMillis(long millis) {
        return advance(Duration.ofMillis(millis));
    }

    Instant now() {
        return now;
    }

    GameState state() {
        return state;
    }

    List<EventEnvelope> log() {
        return List.copyOf(log);
    }

    String questionId() {
        return state.question().questionId();
    }

    /** Moves the clock to the pending deadline and fires it. */
    List<GameEvent> fireDeadline() {
        Deadline deadline = state.pendingDeadline().orElseThrow();
        if (now.isBefore(deadline.dueAt())) {
            now = deadline.dueAt();
        }
        return accept(new FireTimer(deadline.timerId(), deadline.dueAt()));
    }
}
