package io.buzzline.engine.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.engine.Decision;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameSettings;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;

/** Builds the benchmark workloads through the engine itself, recording the log as it goes. */
final class BenchGames {

    static final String HOST = "host";
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private GameState state = GameState.empty("bench");
    private Instant now = T0;
    private final List<EventEnvelope> log = new ArrayList<>();

    static GameSettings settings(RoundMode mode, int rounds, int questionsPerRound, int maxPlayers) {
        var round = new RoundSettings(mode, questionsPerRound, Duration.ofSeconds(30), Duration.ofSeconds(5), 1000, 200);
        return new GameSettings(
                Collections.nCopies(rounds, round),
                maxPlayers,
                false,
                "en",
                "bench-pack",
                Duration.ZERO,
                BuzzerSettings.DEFAULT,
                StreakBonus.DEFAULT);
    }

    static QuestionPack pack(int size) {
        return new QuestionPack(
                "bench-pack",
                IntStream.rangeClosed(1, size)
                        .mapToObj(i -> new Question("q" + i, "Question " + i, List.of("A", "B", "C", "D"), "B"))
                        .toList());
    }

    static String player(int i) {
        return "player-" + i;
    }

    /** A started game with {@code players} joined and its first question open. */
    static BenchGames started(GameSettings settings, int players) {
        BenchGames game = new BenchGames();
        game.run(new CreateGame(HOST, settings));
        game.run(new LoadQuestions(pack(settings.totalQuestions())));
        for (int i = 0; i < players; i++) {
            game.run(new JoinGame(player(i), "Nick " + i, null));
        }
        game.run(new StartGame(HOST));
        return game;
    }

    /** Every player answers the open question; the last answer reveals it and scores them all. */
    void playQuestion(int players) {
        String questionId = state.question().questionId();
        for (int i = 0; i < players; i++) {
            now = now.plusMillis(1);
            run(new SubmitAnswer(player(i), questionId, i % 3 == 0 ? "A" : "B", now));
        }
    }

    void next() {
        run(new ShowNextQuestion(HOST));
    }

    void run(GameCommand command) {
        var outcome = GameEngine.handle(state, command, now);
        if (outcome.decision() instanceof Decision.Rejected rejected) {
            throw new IllegalStateException(command + " rejected: " + rejected.reason());
        }
        state = outcome.state();
        log.addAll(outcome.events());
    }

    GameState state() {
        return state;
    }

    Instant now() {
        return now;
    }

    List<EventEnvelope> log() {
        return log;
    }
}
