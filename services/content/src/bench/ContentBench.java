import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content benchmark's load generator (run by scripts/bench-content with the JDK's source launcher):
 * offline questions generated per second through the queue, then pack requests per second and
 * latency percentiles, cached and uncached, then the quest offer, a player's quest progress and a
 * configuration document, from C concurrent virtual-thread clients.
 */
public class ContentBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int[] SEED = {40, 100, 200, 180, 140};

    /** "Bearer <editor token>" (args[3], from scripts/token): the queue and quests take editors only, packs editors or services. */
    private static String authorization;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int concurrency = Integer.parseInt(args[1]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
        authorization = "Bearer " + args[3];

        long start = System.nanoTime();
        List<String> jobs = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            String body = "{\"category\":\"geography\",\"difficulty\":" + d + ",\"language\":\"en\",\"count\":" + SEED[d - 1] + "}";
            jobs.add(field(send(editor(post(base + "/generation/jobs", body))).body(), "id"));
        }
        long generated = 0;
        for (String id : jobs) {
            String job;
            while (true) {
                job = send(editor(HttpRequest.newBuilder(URI.create(base + "/generation/jobs/" + id)))).body();
                String status = field(job, "status");
                if (status.equals("SUCCEEDED") || status.equals("DEAD")) {
                    break;
                }
                Thread.sleep(100);
            }
            generated += Long.parseLong(field(job, "generated"));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("offline generation: %d questions in %.1f s = %.0f questions/s (5 jobs, one worker)%n",
                generated, seconds, generated / seconds);

        String pack = "{\"count\":10,\"categories\":[\"geography\"],\"difficultyMin\":1,\"difficultyMax\":5,\"language\":\"en\"}";
        run("packs, cached  ", () -> editor(post(base + "/packs", pack)), 201, concurrency, Duration.ofSeconds(3));
        run("packs, cached  ", () -> editor(post(base + "/packs", pack)), 201, concurrency, duration);
        run("packs, uncached", () -> editor(post(base + "/packs", pack)).header("Cache-Control", "no-cache"), 201,
                concurrency, duration);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (String period : List.of("DAILY", "WEEKLY", "DAILY", "WEEKLY")) {
            String quest = "{\"title\":\"Bench " + period + "\",\"period\":\"" + period
                    + "\",\"goal\":{\"type\":\"PLAY_GAMES\",\"target\":3},\"startsOn\":\"" + today + "\"}";
            HttpResponse<String> created = send(editor(post(base + "/quests", quest)));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("quest not created: " + created.statusCode() + " " + created.body());
            }
        }
        run("quest offer, cached (4 quests)        ", () -> get(base + "/quests/active"), 200, concurrency, duration);
        run("quest progress (offer + history query)", () -> get(base + "/quests/active/progress/p-bench"), 200,
                concurrency, duration);
        run("config document, cached               ", () -> get(base + "/config/categories"), 200, concurrency,
                duration);
    }

    private static void run(
            String name,
            Supplier<HttpRequest.Builder> requests,
            int expected,
            int concurrency,
            Duration duration)
            throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpRequest.Builder request = requests.get();
                        long t0 = System.nanoTime();
                        try {
                            if (send(request).statusCode() != expected) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s: %d requests in %.1f s = %.0f req/s, p50 %.1f ms, p99 %.1f ms, errors %d (concurrency %d)%n",
                name, sorted.size(), seconds, sorted.size() / seconds, pct(sorted, 0.50), pct(sorted, 0.99),
                errors.get(), concurrency);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    private static HttpRequest.Builder post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder editor(HttpRequest.Builder request) {
        return request.header("Authorization", authorization);
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
