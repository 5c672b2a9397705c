package io.buzzline.scoring.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.RecordScore;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.RoundMode;
import io.buzzline.events.StreakBonus;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.scoring.support.GameLog;
import io.buzzline.scoring.support.MatchStreams;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;

/**
 * Benchmark client for a running scoring instance (scripts/bench-scoring), not a test. Plays match:
 * XADDs events to {@code {match}:events} and times the RECORD_SCORE commands on {@code {match}:commands}.
 * Phase 1, throughput: G CLASSIC games × P players × Q questions, every answer right, fed as fast as
 * 4 connections can XADD; answers scored per second from the first event to the last score, and
 * reveal → score latency (queueing included). Phase 2, latency: one BUZZER answer at a time; answer →
 * score latency with nothing else in flight.
 */
public final class ScoringBench {

    /** Feeder threads (connections) of the throughput phase. */
    private static final int FEEDERS = 4;

    private final RedisTarget target;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final AtomicBoolean reading = new AtomicBoolean(true);

    private ScoringBench(RedisTarget target) {
        this.target = target;
    }

    public static void main(String[] args) throws Exception {
        RedisTarget target = new RedisTarget(args[0], args[1]);
        int games = Integer.parseInt(args[2]);
        int players = Integer.parseInt(args[3]);
        int questions = Integer.parseInt(args[4]);
        int latencySamples = Integer.parseInt(args[5]);
        new ScoringBench(target).run(games, players, questions, latencySamples);
    }

    private void run(int games, int players, int questions, int latencySamples) throws Exception {
        Thread reader = Thread.ofPlatform().name("commands-reader").start(this::readCommands);
        try (MatchStreams match = new MatchStreams(target)) {
            throughput(match, games, players, questions);
            latency(match, players, latencySamples);
        } finally {
            reading.set(false);
            reader.join(5_000);
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
        Map<String, Long> revealedAt = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        // One feeder per FEEDERS games, each on its own connection: a game's events stay in order.
        List<Thread> feeders = new ArrayList<>();
        for (int f = 0; f < FEEDERS; f++) {
            List<GameLog> mine = new ArrayList<>();
            for (int g = f; g < logs.size(); g += FEEDERS) {
                mine.add(logs.get(g));
            }
            feeders.add(Thread.ofPlatform().start(() -> feed(mine, players, questions, revealedAt)));
        }
        for (Thread feeder : feeders) {
            feeder.join();
        }
        long published = System.nanoTime();
        int expected = games * players * questions;
        awaitAll(revealedAt.keySet(), 300);
        long end = revealedAt.keySet().stream().mapToLong(arrivals::get).max().orElse(start);
        double seconds = (end - start) / 1e9;
        System.out.printf(
                "== throughput: %d CLASSIC answers (%d games x %d players x %d questions) in %.2f s: %.0f answers scored/s"
                        + " (events fed in %.2f s)%n",
                expected, games, players, questions, seconds, expected / seconds, (published - start) / 1e9);
        report("reveal -> RECORD_SCORE under that load", revealedAt);
    }

    private void feed(List<GameLog> games, int players, int questions, Map<String, Long> revealedAt) {
        try (MatchStreams feeder = new MatchStreams(target)) {
            for (int q = 0; q < questions; q++) {
                for (GameLog game : games) {
                    feeder.publish(game.shown());
                    List<String> answers = new ArrayList<>(players);
                    for (int p = 0; p < players; p++) {
                        EventEnvelope answer = game.answered("p" + p, RoundMode.CLASSIC, 600 + 97L * p, true);
                        answers.add(answer.eventId());
                        feeder.publish(answer);
                    }
                    feeder.publish(game.revealed());
                    long now = System.nanoTime();
                    answers.forEach(id -> revealedAt.put(id, now));
                }
            }
        }
    }

    private void latency(MatchStreams match, int players, int samples) throws InterruptedException {
        GameLog game = new GameLog("bench-latency");
        match.publish(game.created(StreakBonus.OFF, GameLog.buzzer(samples, 100, 0)));
        for (int p = 0; p < players; p++) {
            match.publish(game.joined("p" + p));
        }
        match.publish(game.roundStarted(RoundMode.BUZZER, samples));
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        for (int i = 0; i < samples; i++) {
            match.publish(game.shown());
            EventEnvelope answer = game.answered("p" + (i % players), RoundMode.BUZZER, 800, true);
            sentAt.put(answer.eventId(), System.nanoTime());
            match.publish(answer);
            awaitAll(List.of(answer.eventId()), 10);
            match.publish(game.revealed());
        }
        report("answer -> RECORD_SCORE, one at a time (" + samples + " BUZZER answers)", sentAt);
    }

    private void awaitAll(java.util.Collection<String> ids, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!arrivals.keySet().containsAll(ids)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("scores missing after " + seconds + " s");
            }
            Thread.sleep(1);
        }
    }

    private void report(String what, Map<String, Long> from) {
        long[] micros = from.entrySet().stream()
                .mapToLong(e -> (arrivals.get(e.getKey()) - e.getValue()) / 1_000)
                .sorted()
                .toArray();
        System.out.printf(
                "== %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)%n",
                what,
                percentile(micros, 50) / 1000.0,
                percentile(micros, 99) / 1000.0,
                micros[micros.length - 1] / 1000.0,
                micros.length);
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** XREAD answers a map under RESP3 and [[stream, entries]] under RESP2. */
    private static Response entriesOf(Response reply, String stream) {
        try {
            return reply.get(stream);
        } catch (RuntimeException notAMap) {
            return reply.get(0).get(1);
        }
    }

    private void readCommands() {
        CommandCodec codec = new CommandCodec();
        String stream = target.keyPrefix() + "{match}:commands";
        String last = "$";
        try (RedisCommands redis = new RedisCommands(target.url())) {
            while (reading.get()) {
                Response reply = redis.send(Command.XREAD, "COUNT", 1000, "BLOCK", 1000, "STREAMS", stream, last);
                if (reply == null) {
                    continue;
                }
                long now = System.nanoTime();
                Response entries = entriesOf(reply, stream);
                for (Response entry : entries) {
                    last = entry.get(0).toString();
                    Response fields = entry.get(1);
                    for (int i = 0; i + 1 < fields.size(); i += 2) {
                        if ("payload".equals(fields.get(i).toString())) {
                            CommandEnvelope envelope =
                                    codec.decode(fields.get(i + 1).toString());
                            if (envelope.command() instanceof RecordScore score) {
                                arrivals.putIfAbsent(score.sourceEventId(), now);
                            }
                        }
                    }
                }
            }
        }
    }
}
