package io.buzzline.match.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.CreateGame;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.StartGame;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.GameSettings;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.json.EventBatch;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.events.wire.SharedStream;

/**
 * Benchmark (not a test; run by scripts/bench-match against a running match instance): G games × P
 * players join and start a BUZZER round; then every player of every game buzzes at once. Reports
 * commands/s for the joins and the buzzes, and buzz → BUZZ_PRESSED latency (send to the event arriving
 * on the game's live channel, i.e. appended and published) p50/p99/max.
 * With a rate, buzzes leave at that many per second instead of all at once, so the latency is that of
 * a buzz on an instance under that load rather than the time a burst waits in the queue.
 * Arguments: redisUrl keyPrefix [games] [players] [buzzes per second, 0 = all at once].
 */
public final class MatchBench {

    private final Redis redis;
    private final String prefix;
    private final CommandCodec commands = new CommandCodec();
    private final EventCodec events = new EventCodec();
    private final Map<String, Long> buzzSentAt = new ConcurrentHashMap<>();
    private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<EventType, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, QuestionShown> shown = new ConcurrentHashMap<>();

    private MatchBench(Redis redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String prefix = args[1];
        int games = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int players = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Vertx vertx = Vertx.vertx();
        Redis redis = Redis.createClient(
                vertx,
                new RedisOptions().setConnectionString(url).setMaxPoolSize(8).setMaxPoolWaiting(1_000_000));
        try {
            new MatchBench(redis, prefix).run(vertx, url, games, players, rate);
        } finally {
            vertx.close();
        }
    }

    private void run(Vertx vertx, String url, int games, int players, int rate) throws Exception {
        subscribe(vertx, url);
        List<String> ids = new ArrayList<>();
        for (int g = 0; g < games; g++) {
            ids.add("bench-" + UUID.randomUUID());
        }
        System.out.printf(
                "workload: %d games x %d players, one BUZZER round; buzzes %s%n",
                games, players, rate > 0 ? "paced at " + rate + "/s, round robin over the games" : "all sent at once");
        ids.forEach(id -> send(id, new CreateGame("host", settings())));
        awaitCount(EventType.QUESTIONS_LOADED, games);

        long joinStart = System.nanoTime();
        List<Future<?>> joins = new ArrayList<>();
        for (int p = 0; p < players; p++) {
            for (String id : ids) {
                joins.add(send(id, new JoinGame("p" + p, "Player " + p, null)));
            }
        }
        Future.all(joins).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        awaitCount(EventType.PLAYER_JOINED, games * players);
        report("joins (JOIN_GAME -> PLAYER_JOINED)", games * players, System.nanoTime() - joinStart);

        ids.forEach(id -> send(id, new StartGame("host")));
        awaitCount(EventType.QUESTION_SHOWN, games);

        long buzzStart = System.nanoTime();
        long sentBuzzes = 0;
        for (int p = 0; p < players; p++) {
            for (String id : ids) {
                if (rate > 0) {
                    // Open loop: the i-th buzz leaves at start + i/rate, whatever the answers do.
                    long due = buzzStart + sentBuzzes * 1_000_000_000L / rate;
                    while (System.nanoTime() < due) {
                        java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                    }
                    sentBuzzes++;
                }
                QuestionShown question = shown.get(id);
                // Stamped as a gateway would: after the question reached the player, inside the window.
                Instant receivedAt = question.opensAt().plusMillis(50 + p);
                buzzSentAt.put(id + "/p" + p, System.nanoTime());
                send(id, new PressBuzz("p" + p, question.questionId(), receivedAt, 20));
            }
        }
        awaitCount(EventType.BUZZ_PRESSED, games * players);
        report("buzzes (PRESS_BUZZ -> BUZZ_PRESSED)", games * players, System.nanoTime() - buzzStart);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "buzz -> BUZZ_PRESSED on the live channel: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)%n",
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private void subscribe(Vertx vertx, String url) throws Exception {
        var connection = Redis.createClient(vertx, url)
                .connect()
                .toCompletionStage()
                .toCompletableFuture()
                .get();
        connection.handler(message -> {
            if (Boolean.getBoolean("bench.debug")) {
                System.out.println("message " + message.type() + " " + message);
            }
            if (message.size() == 4 && "pmessage".equals(message.get(0).toString())) {
                long now = System.nanoTime();
                for (String json : EventBatch.split(message.get(3).toString())) {
                    EventEnvelope event = events.decode(json);
                    counts.computeIfAbsent(event.type(), t -> new AtomicInteger())
                            .incrementAndGet();
                    if (event.event() instanceof QuestionShown question) {
                        shown.put(event.gameId(), question);
                    } else if (event.event() instanceof io.buzzline.events.BuzzPressed buzz) {
                        Long sent = buzzSentAt.get(event.gameId() + "/" + buzz.playerId());
                        if (sent != null) {
                            latencies.add(now - sent);
                        }
                    }
                }
            }
        });
        connection
                .send(Request.cmd(Command.PSUBSCRIBE)
                        .arg(new RedisNames(prefix).game("bench-*").live()))
                .toCompletionStage()
                .toCompletableFuture()
                .get();
    }

    private Future<?> send(String gameId, GameCommand command) {
        String commandId = UUID.randomUUID().toString();
        String json = commands.encode(new CommandEnvelope(commandId, gameId, Instant.now(), command));
        return redis.send(Request.cmd(Command.XADD)
                .arg(SharedStream.COMMANDS.key(prefix, Partitions.DEFAULT, gameId))
                .arg("MAXLEN")
                .arg("~")
                .arg(1_000_000)
                .arg("*")
                .arg("payload")
                .arg(json)
                .arg("content-type")
                .arg("application/json")
                .arg("message-id")
                .arg(commandId));
    }

    private void awaitCount(EventType type, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (counts.computeIfAbsent(type, t -> new AtomicInteger()).get() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(type + ": " + counts.get(type) + " of " + expected + " after 120 s");
            }
            new CountDownLatch(1).await(5, TimeUnit.MILLISECONDS);
        }
    }

    private static void report(String what, int commands, long nanos) {
        System.out.printf(
                "%s: %d commands in %.2f s = %.0f commands/s%n", what, commands, nanos / 1e9, commands / (nanos / 1e9));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static GameSettings settings() {
        // A long window so every buzz of the burst is collected (the default 300 ms would close it mid-burst).
        var round = new RoundSettings(RoundMode.BUZZER, 1, Duration.ofMinutes(5), Duration.ofSeconds(30), 1000, 0);
        return new GameSettings(
                List.of(round),
                10_000,
                false,
                "en",
                "pack-1",
                Duration.ZERO,
                new BuzzerSettings(Duration.ofMinutes(4), Duration.ofMillis(150)),
                StreakBonus.OFF);
    }
}
