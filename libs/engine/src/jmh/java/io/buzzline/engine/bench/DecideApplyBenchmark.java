package io.buzzline.engine.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.events.RoundMode;

/**
 * decide + apply of one command on a 10,000-player game: a CLASSIC answer with 5,000 players already
 * answered (one event), the last CLASSIC answer, whose decision reveals the question and scores all
 * 10,000 answers (10,002 events), and a buzz into an open collection window (one event). Each
 * operation starts from the same state, so the figure does not drift as a game fills up.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecideApplyBenchmark {

    private static final int PLAYERS = 10_000;

    private GameState classicMidQuestion;
    private GameState classicLastAnswerPending;
    private GameState buzzerWindowOpen;
    private Instant classicNow;
    private Instant buzzerNow;
    private String classicQuestion;
    private String buzzerQuestion;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchGames classic = BenchGames.started(BenchGames.settings(RoundMode.CLASSIC, 1, 20, PLAYERS), PLAYERS);
        classicQuestion = classic.state().question().questionId();
        for (int i = 0; i < PLAYERS / 2; i++) {
            classic.run(new SubmitAnswer(BenchGames.player(i), classicQuestion, "B", classic.now()));
        }
        classicMidQuestion = classic.state();
        classicNow = classic.now();
        for (int i = PLAYERS / 2; i < PLAYERS - 1; i++) {
            classic.run(new SubmitAnswer(BenchGames.player(i), classicQuestion, i % 3 == 0 ? "A" : "B", classicNow));
        }
        classicLastAnswerPending = classic.state();

        BenchGames buzzer = BenchGames.started(BenchGames.settings(RoundMode.BUZZER, 1, 20, PLAYERS), PLAYERS);
        buzzerQuestion = buzzer.state().question().questionId();
        buzzerNow = buzzer.now().plusMillis(400);
        buzzer.run(new PressBuzz(BenchGames.player(0), buzzerQuestion, buzzerNow, 60));
        buzzerWindowOpen = buzzer.state();
    }

    private String nextPlayer() {
        // Players of the second half: they have not answered or buzzed in the base states.
        next = next + 1 == PLAYERS / 2 ? 0 : next + 1;
        return BenchGames.player(PLAYERS / 2 + next);
    }

    @Benchmark
    public GameState classicAnswer() {
        var command = new SubmitAnswer(nextPlayer(), classicQuestion, "B", classicNow);
        return GameEngine.handle(classicMidQuestion, command, classicNow).state();
    }

    @Benchmark
    public GameState classicRevealScoringEveryAnswer() {
        var command = new SubmitAnswer(BenchGames.player(PLAYERS - 1), classicQuestion, "B", classicNow);
        return GameEngine.handle(classicLastAnswerPending, command, classicNow).state();
    }

    @Benchmark
    public GameState buzzInWindow() {
        var command = new PressBuzz(nextPlayer(), buzzerQuestion, buzzerNow.plusMillis(50), 80);
        return GameEngine.handle(buzzerWindowOpen, command, buzzerNow).state();
    }
}
