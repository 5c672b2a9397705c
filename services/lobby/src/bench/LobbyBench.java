import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Load generator for the lobby (run by scripts/bench-lobby against a running lobby): creates games,
 * then joins players into them from concurrent clients, and prints throughput and latency
 * percentiles. Given the lobby's pid and the clock tick, it also prints the CPU time the lobby
 * process spent per request: on a shared machine latency follows the load of others, CPU per request
 * much less. Given a port, it serves content's {@code GET /packs/bench-pack} there itself, so the
 * lobby's check of the games' named pack costs a loopback call and no content service. Not a test:
 * nothing here asserts a time.
 */
public class LobbyBench {

    private static final Pattern CODE = Pattern.compile("\"joinCode\"\\s*:\\s*\"([A-Z0-9]{6})\"");
    private static final String GAME = """
            {"rounds":[{"mode":"CLASSIC","questions":5,"timeLimitSeconds":20}],"maxPlayers":10000,\
            "language":"en","categories":["geography"],"packId":"bench-pack","publicGame":false,"lateJoin":false,"teamPlay":false}""";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int games = Integer.parseInt(args[1]);
        int joins = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        CpuClock lobbyCpu = args.length > 5 ? new CpuClock(Long.parseLong(args[4]), Long.parseLong(args[5])) : null;
        HttpServer contentStandIn = args.length > 6 ? serveBenchPack(Integer.parseInt(args[6])) : null;
        try {
            measure(base, games, joins, clients, lobbyCpu);
        } finally {
            // The server's dispatcher thread is not a daemon: left running, it keeps this JVM (and so
            // scripts/bench-lobby, and the smoke stage of scripts/test that runs it) alive after the figures.
            if (contentStandIn != null) {
                contentStandIn.stop(0);
            }
        }
    }

    private static void measure(String base, int games, int joins, int clients, CpuClock lobbyCpu) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        warmUp(http, base);
        List<String> codes = Collections.synchronizedList(new ArrayList<>());
        double cpuBefore = lobbyCpu == null ? 0 : lobbyCpu.millis();
        Result create = run(clients, games, i -> {
            HttpResponse<String> response = post(http, base + "/games", GAME);
            Matcher code = CODE.matcher(response.body());
            if (response.statusCode() != 201 || !code.find()) {
                throw new IllegalStateException("create failed: " + response.statusCode() + " " + response.body());
            }
            codes.add(code.group(1));
        });
        double cpuAfterCreates = lobbyCpu == null ? 0 : lobbyCpu.millis();
        Result join = run(clients, joins, i -> {
            String code = codes.get(i % codes.size());
            HttpResponse<String> response =
                    post(http, base + "/codes/" + code + "/players", "{\"nickname\":\"Player " + i + "\"}");
            if (response.statusCode() != 201) {
                throw new IllegalStateException("join failed: " + response.statusCode() + " " + response.body());
            }
        });
        System.out.printf("workload: %d creates, then %d joins spread over those games, %d concurrent clients%n",
                games, joins, clients);
        create.print("create");
        join.print("join");
        if (lobbyCpu != null) {
            double cpuAfterJoins = lobbyCpu.millis();
            System.out.printf("lobby CPU per request: create %.2f ms, join %.2f ms%n",
                    (cpuAfterCreates - cpuBefore) / games, (cpuAfterJoins - cpuAfterCreates) / joins);
        }
    }

    /** content's side of the lobby's pack check: pack "bench-pack" holds the games' 5 questions. */
    static HttpServer serveBenchPack(int port) throws Exception {
        byte[] pack = """
                {"packId":"bench-pack","questions":[{"questionId":"q1"},{"questionId":"q2"},{"questionId":"q3"},\
                {"questionId":"q4"},{"questionId":"q5"}]}""".getBytes();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/packs/bench-pack", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, pack.length);
            try (var out = exchange.getResponseBody()) {
                out.write(pack);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory()));
        server.start();
        return server;
    }

    /** User + system CPU time of a process, from /proc (Linux). */
    record CpuClock(long pid, long ticksPerSecond) {
        double millis() throws Exception {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command name: field 3 is the state, so utime (14) and stime (15) are at 11 and 12.
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000.0 / ticksPerSecond;
        }
    }

    private static void warmUp(HttpClient http, String base) throws Exception {
        for (int i = 0; i < 200; i++) {
            post(http, base + "/games", GAME);
        }
    }

    interface Call {
        void run(int index) throws Exception;
    }

    record Result(int count, long elapsedNanos, List<Long> latenciesNanos) {
        void print(String name) {
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            System.out.printf("%-6s %7d requests  %8.0f /s  p50 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms  max %6.2f ms%n",
                    name, count, count / (elapsedNanos / 1e9), percentile(sorted, 50), percentile(sorted, 99),
                    percentile(sorted, 99.9), sorted.getLast() / 1e6);
        }

        private static double percentile(List<Long> sorted, double p) {
            int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    private static Result run(int clients, int count, Call call) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    call.run(index);
                    latencies.add(System.nanoTime() - begin);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        return new Result(count, System.nanoTime() - start, latencies);
    }

    private static HttpResponse<String> post(HttpClient http, String url, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
