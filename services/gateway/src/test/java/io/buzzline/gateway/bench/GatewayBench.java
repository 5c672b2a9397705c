package io.buzzline.gateway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;

/**
 * Load generator for one gateway instance (scripts/bench-gateway): connections held and memory per
 * connection; question fan-out time to the last player of one big game; buzz → verdict round trip for
 * many games. Real WebSocket clients, the real match service, Redis. Prints figures; asserts nothing.
 */
public final class GatewayBench {

    private final BenchClients clients;
    private final long gatewayPid;

    private GatewayBench(BenchClients clients, long gatewayPid) {
        this.clients = clients;
        this.gatewayPid = gatewayPid;
    }

    /** Args: redisUrl prefix gatewayPort privateKeyPem gatewayPid scenario n [m] [stagger ms, buzz only]. */
    public static void main(String[] args) throws Exception {
        BenchClients clients = new BenchClients(args[0], args[1], Integer.parseInt(args[2]), Path.of(args[3]));
        GatewayBench bench = new GatewayBench(clients, Long.parseLong(args[4]));
        try {
            switch (args[5]) {
                case "connections" -> bench.connections(Integer.parseInt(args[6]));
                case "fanout" -> bench.fanout(Integer.parseInt(args[6]), Integer.parseInt(args[7]));
                case "buzz" ->
                    bench.buzz(
                            Integer.parseInt(args[6]),
                            Integer.parseInt(args[7]),
                            args.length > 8 ? Long.parseLong(args[8]) : 0);
                default -> throw new IllegalArgumentException("unknown scenario " + args[5]);
            }
        } finally {
            clients.close();
        }
        System.exit(0);
    }

    private void connections(int n) throws Exception {
        long before = rssKib();
        long heapBefore = liveHeapKib();
        long start = System.nanoTime();
        List<CompletableFuture<WebSocket>> open = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // 100 players per game: welcome folds a small log, as in real games.
            String gameId = "conn-" + (i / 100);
            open.add(clients.connect(clients.token(gameId, "p" + i, "player"), frame -> {}));
            if (i % 1000 == 999) {
                CompletableFuture.allOf(open.subList(i - 999, i + 1).toArray(CompletableFuture[]::new))
                        .get(60, TimeUnit.SECONDS);
            }
        }
        CompletableFuture.allOf(open.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(3000);
        long after = rssKib();
        long heapAfter = liveHeapKib();
        System.out.printf(
                "connections: %d held (greeted) in %.1f s (%.0f/s); gateway RSS %d MiB -> %d MiB: %.1f KiB per"
                        + " connection; live heap after a full GC %d MiB -> %d MiB: %.1f KiB per connection%n",
                n,
                seconds,
                n / seconds,
                before / 1024,
                after / 1024,
                (after - before) / (double) n,
                heapBefore / 1024,
                heapAfter / 1024,
                (heapAfter - heapBefore) / (double) n);
    }

    /**
     * The gateway's heap in use right after a full GC (jcmd GC.run, then GC.heap_info): what the
     * connections really keep, where RSS also counts garbage and heap the JVM never gives back.
     */
    private long liveHeapKib() throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        String pid = Long.toString(gatewayPid);
        new ProcessBuilder(jcmd.toString(), pid, "GC.run")
                .redirectErrorStream(true)
                .start()
                .waitFor();
        Process info = new ProcessBuilder(jcmd.toString(), pid, "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String text = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        java.util.regex.Matcher used =
                java.util.regex.Pattern.compile("used (\\d+)K").matcher(text);
        return used.find() ? Long.parseLong(used.group(1)) : -1;
    }

    private void fanout(int players, int questions) throws Exception {
        String gameId = "fan-" + UUID.randomUUID();
        String host = "host";
        clients.command(gameId, new CreateGame(host, settings(RoundMode.CLASSIC, questions, players)));
        for (int i = 0; i < players; i++) {
            clients.command(gameId, new JoinGame("p" + i, "P" + i, null));
        }
        awaitLog(gameId, players + 2);
        List<Long> perDelivery = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, CountDownLatch> shown = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, Long> lastArrival = new ConcurrentHashMap<>();
        for (int q = 1; q <= questions; q++) {
            shown.put(q, new CountDownLatch(players));
        }
        List<CompletableFuture<WebSocket>> open = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            open.add(clients.connect(clients.token(gameId, "p" + i, "player"), frame -> {
                JsonObject event = frame.getJsonObject("event");
                if (event != null && "QUESTION_SHOWN".equals(event.getString("type"))) {
                    long micros = micros(Instant.now()) - micros(Instant.parse(event.getString("serverTime")));
                    int number = event.getJsonObject("data").getInteger("questionNumber");
                    perDelivery.add(micros);
                    lastArrival.merge(number, micros, Math::max);
                    shown.get(number).countDown();
                }
            }));
        }
        CompletableFuture.allOf(open.toArray(CompletableFuture[]::new)).get(180, TimeUnit.SECONDS);
        WebSocket hostSocket = clients.connect(clients.token(gameId, host, "host"), frame -> {})
                .get(30, TimeUnit.SECONDS);
        hostSocket.writeTextMessage("{\"type\":\"start\"}");
        for (int q = 1; q <= questions; q++) {
            shown.get(q).await(60, TimeUnit.SECONDS);
            hostSocket.writeTextMessage("{\"type\":\"skip\"}");
            Thread.sleep(200);
            hostSocket.writeTextMessage("{\"type\":\"next\"}");
        }
        List<Long> lasts = new ArrayList<>(lastArrival.values());
        System.out.printf(
                "fanout: %d players, %d questions; serverTime -> last player: p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " per delivery p50 %.1f ms, p99 %.1f ms%n",
                players,
                questions,
                pct(lasts, 50),
                pct(lasts, 99),
                pct(lasts, 100),
                pct(perDelivery, 50),
                pct(perDelivery, 99));
    }

    /**
     * Every player of every game buzzes as soon as its question shows. With {@code staggerMillis} 0 all
     * games show their question at the same instant (the worst case: games × players buzzes at once);
     * otherwise the hosts' start/next are spread evenly over that many milliseconds, as games that were
     * not created together would be, so each game's players still buzz together but games do not.
     */
    private void buzz(int games, int players, long staggerMillis) throws Exception {
        int questions = 3;
        List<Long> verdicts = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger pending = new AtomicInteger(games * players * questions);
        CountDownLatch done = new CountDownLatch(1);
        List<String> ids = new ArrayList<>();
        for (int g = 0; g < games; g++) {
            String gameId = "buzz-" + g + "-" + UUID.randomUUID();
            ids.add(gameId);
            clients.command(gameId, new CreateGame("host", settings(RoundMode.BUZZER, questions, players)));
            for (int p = 0; p < players; p++) {
                clients.command(gameId, new JoinGame("p" + p, "P" + p, null));
            }
        }
        for (String gameId : ids) {
            awaitLog(gameId, players + 2);
        }
        List<WebSocket> hosts = new ArrayList<>();
        for (String gameId : ids) {
            List<CompletableFuture<WebSocket>> open = new ArrayList<>();
            for (int p = 0; p < players; p++) {
                String me = "p" + p;
                long[] sentAt = new long[1];
                WebSocket[] self = new WebSocket[1];
                CompletableFuture<WebSocket> socket = clients.connect(clients.token(gameId, me, "player"), frame -> {
                    String type = frame.getString("type");
                    JsonObject event = frame.getJsonObject("event");
                    if (event != null && "QUESTION_SHOWN".equals(event.getString("type")) && self[0] != null) {
                        sentAt[0] = System.nanoTime();
                        self[0].writeTextMessage("{\"type\":\"buzz\",\"id\":\"b\",\"questionId\":\""
                                + event.getJsonObject("data").getString("questionId") + "\"}");
                    } else if (sentAt[0] != 0
                            && (("error".equals(type) && "b".equals(frame.getString("id")))
                                    || (event != null
                                            && "BUZZ_PRESSED".equals(event.getString("type"))
                                            && me.equals(
                                                    event.getJsonObject("data").getString("playerId"))))) {
                        verdicts.add((System.nanoTime() - sentAt[0]) / 1000);
                        sentAt[0] = 0;
                        if (pending.decrementAndGet() == 0) {
                            done.countDown();
                        }
                    }
                });
                open.add(socket.thenApply(s -> self[0] = s));
            }
            CompletableFuture.allOf(open.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            hosts.add(clients.connect(clients.token(gameId, "host", "host"), frame -> {})
                    .get(30, TimeUnit.SECONDS));
        }
        long start = System.nanoTime();
        for (int q = 1; q <= questions; q++) {
            int expected = games * players * (questions - q);
            long round = System.nanoTime();
            for (int h = 0; h < hosts.size(); h++) {
                long due = round + TimeUnit.MILLISECONDS.toNanos(staggerMillis) * h / hosts.size();
                while (System.nanoTime() < due) {
                    java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                }
                hosts.get(h).writeTextMessage(q == 1 ? "{\"type\":\"start\"}" : "{\"type\":\"next\"}");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pending.get() > expected && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            for (WebSocket host : hosts) {
                host.writeTextMessage("{\"type\":\"skip\"}");
            }
            Thread.sleep(500);
        }
        done.await(5, TimeUnit.SECONDS);
        System.out.printf(
                "buzz: %d games x %d players x %d questions, questions shown %s; %d verdicts in %.1f s;"
                        + " buzz -> verdict p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms%n",
                games,
                players,
                questions,
                staggerMillis == 0 ? "in all games at once" : "spread over " + staggerMillis + " ms",
                verdicts.size(),
                (System.nanoTime() - start) / 1e9,
                pct(verdicts, 50),
                pct(verdicts, 99),
                pct(verdicts, 99.9));
    }

    /** A host-driven game sized for the workload (the test games hold at most 50 players). */
    private static GameSettings settings(RoundMode mode, int questions, int players) {
        return new GameSettings(
                List.of(new RoundSettings(mode, questions, Duration.ofSeconds(60))),
                Math.max(players, 1),
                false,
                "en",
                "pack-" + questions);
    }

    private void awaitLog(String gameId, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (clients.logLength(gameId) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private long rssKib() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(gatewayPid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }

    /** The p-th percentile of microsecond samples, in milliseconds. */
    private static double pct(List<Long> micros, double p) {
        List<Long> sorted = new ArrayList<>(micros);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
