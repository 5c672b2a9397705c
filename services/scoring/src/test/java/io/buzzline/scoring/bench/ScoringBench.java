package io.buzzline.scoring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.RoundMode;
import io.buzzline.events.StreakBonus;
import io.buzzline.scoring.support.GameLog;
import io.buzzline.scoring.support.MatchStreams;
import io.buzzline.testing.redis.RedisTarget;

/**
 * Benchmark client for a running scoring instance (scripts/bench-scoring), not a test. Plays match:
 * XADDs the engine's events to {@code {match}:events} and watches each game's tally mark. Phase 1,
 * throughput: G CLASSIC games × P players × Q questions (every question: shown, P answers, the
 * reveal and P SCORE_UPDATED), fed as fast as 4 connections can XADD; events tallied per second from
 * the first event to the last one applied. Phase 2, latency: one SCORE_UPDATED at a time; XADD →
 * applied to the tally, with nothing else in flight (the poll adds up to its own round trip).
 */
public final class ScoringBench {

    /** Feeder threads (connections) of the throughput phase. */
    private static final int FEEDERS = 4;

    /** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
    private static final int TICKS_PER_SECOND = 100;

    private final RedisTarget target;
    /** The scoring process, whose CPU time each phase reports; 0 when not given. */
    private final long scoringPid;

    private ScoringBench(RedisTarget target, long scoringPid) {
        this.target = target;
        this.scoringPid = scoringPid;
    }

    public static void main(String[] args) throws Exception {
        RedisTarget target = new RedisTarget(args[0], args[1]);
        int games = Integer.parseInt(args[2]);
        int players = Integer.parseInt(args[3]);
        int questions = Integer.parseInt(args[4]);
        int latencySamples = Integer.parseInt(args[5]);
        long scoringPid = args.length > 6 ? Long.parseLong(args[6]) : 0;
        new ScoringBench(target, scoringPid).run(games, players, questions, latencySamples);
    }

    private void run(int games, int players, int questions, int latencySamples) throws Exception {
        try (MatchStreams match = new MatchStreams(target)) {
            long cpu = scoringCpuMillis();
            throughput(match, games, players, questions);
            long afterThroughput = scoringCpuMillis();
            latency(match, players, latencySamples);
            if (scoringPid != 0) {
                System.out.printf(
                        "== scoring process CPU (user + system): throughput phase %d ms, latency phase %d ms%n",
                        afterThroughput - cpu, scoringCpuMillis() - afterThroughput);
            }
        }
    }

    private void throughput(MatchStreams match, int games, int players, int questions) throws InterruptedException {
        List<GameLog> logs = new ArrayList<>();
        for (int g = 0; g < games; g++) {
            GameLog game = new GameLog("bench");
            logs.add(game);
            match.publish(game.created(StreakBonus.DEFAULT, GameLog.classic(questions, 1000)));
            for (int p = 0; p < players; p++) {
                match.publish(game.joined("p" + p));
            }
            match.publish(game.roundStarted(RoundMode.CLASSIC, questions));
        }
        long[] lastSequence = new long[games];
        long start = System.nanoTime();
        // One feeder per FEEDERS games, each on its own connection: a game's events stay in order.
        List<Thread> feeders = new ArrayList<>();
        for (int f = 0; f < FEEDERS; f++) {
            int first = f;
            feeders.add(Thread.ofPlatform().start(() -> {
                for (int g = first; g < logs.size(); g += FEEDERS) {
                    lastSequence[g] = feed(logs.get(g), players, questions);
                }
            }));
        }
        for (Thread feeder : feeders) {
            feeder.join();
        }
        long published = System.nanoTime();
        long deadline = published + TimeUnit.SECONDS.toNanos(300);
        for (int g = 0; g < games; g++) {
            while (match.appliedUpTo(logs.get(g).gameId()) < lastSequence[g]) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("events not tallied after 300 s");
                }
                Thread.sleep(1);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = (long) games * questions * (2L * players + 2);
        System.out.printf(
                "== throughput: %d events (%d games x %d players x %d questions: %d answers, %d scores) in %.2f s:"
                        + " %.0f events tallied/s (fed in %.2f s)%n",
                events,
                games,
                players,
                questions,
                (long) games * players * questions,
                (long) games * players * questions,
                seconds,
                events / seconds,
                (published - start) / 1e9);
    }

    /** Feeds one game's questions; answers the sequence of its last event. */
    private long feed(GameLog game, int players, int questions) {
        long last = 0;
        try (MatchStreams feeder = new MatchStreams(target)) {
            long[] totals = new long[players];
            for (int q = 0; q < questions; q++) {
                feeder.publish(game.shown());
                List<EventEnvelope> answers = new ArrayList<>(players);
                for (int p = 0; p < players; p++) {
                    answers.add(game.answered("p" + p, RoundMode.CLASSIC, 600 + 97L * p, true));
                }
                feeder.publish(answers.toArray(EventEnvelope[]::new));
                feeder.publish(game.revealed());
                for (int p = 0; p < players; p++) {
                    totals[p] += 900;
                    EventEnvelope score = game.scored(answers.get(p), 900, totals[p], "CLASSIC_CORRECT", q + 1);
                    feeder.publish(score);
                    last = score.sequence();
                }
            }
        }
        return last;
    }

    private void latency(MatchStreams match, int players, int samples) throws InterruptedException {
        GameLog game = new GameLog("bench-latency");
        match.publish(game.created(StreakBonus.OFF, GameLog.buzzer(samples, 100, 0)));
        for (int p = 0; p < players; p++) {
            match.publish(game.joined("p" + p));
        }
        match.publish(game.roundStarted(RoundMode.BUZZER, samples));
        long[] micros = new long[samples];
        long[] totals = new long[players];
        for (int i = 0; i < samples; i++) {
            int p = i % players;
            EventEnvelope shown = game.shown();
            EventEnvelope answer = game.answered("p" + p, RoundMode.BUZZER, 800, true);
            match.publish(shown, answer, game.revealed());
            totals[p] += 100;
            EventEnvelope score = game.scored(answer, 100, totals[p], "BUZZER_CORRECT", 0);
            long sent = System.nanoTime();
            match.publish(score);
            long deadline = sent + TimeUnit.SECONDS.toNanos(10);
            while (match.appliedUpTo(game.gameId()) < score.sequence()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("score not tallied after 10 s");
                }
            }
            micros[i] = (System.nanoTime() - sent) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(
                "== SCORE_UPDATED -> tallied, one at a time (%d): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                samples,
                percentile(micros, 50) / 1000.0,
                percentile(micros, 99) / 1000.0,
                micros[micros.length - 1] / 1000.0);
    }

    /**
     * CPU time the scoring process has used so far: throughput alone does not tell a cheaper scoring from
     * a quieter machine (the box is shared with other builds).
     */
    private long scoringCpuMillis() throws IOException {
        if (scoringPid == 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", Long.toString(scoringPid), "stat"));
        // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
