package io.buzzline.engine.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.buzzline.engine.GameSnapshot;
import io.buzzline.engine.GameState;
import io.buzzline.engine.Replay;
import io.buzzline.engine.Snapshots;
import io.buzzline.engine.StateHash;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.RoundMode;

/**
 * Rebuilding a finished 10,000-player, 20-question CLASSIC game (2 rounds of 10; every player
 * answers every question and the reveal scores each answer): about 410,000 events. Compares the full replay with a
 * snapshot taken before the last question plus the tail, and times taking and hashing a snapshot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReplayBenchmark {

    private static final int PLAYERS = 10_000;
    private static final int QUESTIONS = 20;

    private List<EventEnvelope> log;
    private GameSnapshot snapshotBeforeLastQuestion;
    private List<EventEnvelope> tail;
    private GameState finalState;

    @Setup(Level.Trial)
    public void setUp() {
        BenchGames game = BenchGames.started(BenchGames.settings(RoundMode.CLASSIC, 2, QUESTIONS / 2, PLAYERS), PLAYERS);
        for (int q = 1; q <= QUESTIONS; q++) {
            if (q == QUESTIONS) {
                snapshotBeforeLastQuestion = Snapshots.of(game.state());
            }
            game.playQuestion(PLAYERS);
            game.next();
        }
        log = List.copyOf(game.log());
        finalState = game.state();
        int cut = (int) snapshotBeforeLastQuestion.sequence();
        tail = log.subList(cut, log.size());
        if (!Replay.fromSnapshot(snapshotBeforeLastQuestion, tail).equals(finalState)) {
            throw new IllegalStateException("snapshot + tail differs from the live state");
        }
    }

    @Benchmark
    public GameState fullReplay() {
        return Replay.fromLog("bench", log);
    }

    @Benchmark
    public GameState snapshotPlusTail() {
        return Replay.fromSnapshot(snapshotBeforeLastQuestion, tail);
    }

    @Benchmark
    public GameSnapshot takeSnapshot() {
        return Snapshots.of(finalState);
    }

    @Benchmark
    public long hashState() {
        return StateHash.of(finalState);
    }
}
