package io.buzzline.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.buzzline.bots.brain.BotTraits;
import io.buzzline.bots.client.GameSpec;
import io.buzzline.e2e.support.Infrastructure;
import io.buzzline.e2e.support.Platform;
import io.buzzline.e2e.support.ProcessUsage;
import io.buzzline.e2e.support.Table;
import io.buzzline.events.RoundMode;

/**
 * Benchmark (not a test; run by scripts/bench-platform): the five packaged services, one process each,
 * on their own Redis, schemas and Firestore project; R games × P bot players play a CLASSIC and a
 * BUZZER round at the same time through the gateway. Prints and writes {@code docs/benchmarks.md}:
 * buzz → verdict, question fan-out to the last player, commands/s, CPU and RSS per service.
 */
public final class PlatformBench {

    private static final int QUESTIONS_PER_ROUND = 3;
    private static final BotTraits TRAITS = new BotTraits(0.7, Duration.ofMillis(200), Duration.ofMillis(900), 1.0);

    private PlatformBench() {}

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int players = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path output = Path.of(args.length > 2 ? args[2] : "docs/benchmarks.md");
        GameSpec spec = new GameSpec(
                List.of(
                        new GameSpec.Round(RoundMode.CLASSIC, QUESTIONS_PER_ROUND, 10),
                        new GameSpec.Round(RoundMode.BUZZER, QUESTIONS_PER_ROUND, 10)),
                players,
                "en",
                List.of("bench"));
        String loadBefore = loadAverage();
        try (Infrastructure infrastructure = new Infrastructure();
                Platform platform = Platform.start(infrastructure, 1, List.of("-Xmx512m"))) {
            platform.seedQuestions("bench", 400);
            System.out.printf(
                    "== platform ready: %s, gateway %s; %d games x %d players%n",
                    platform.labels(), platform.gateways().getFirst(), games, players);
            // Fresh JVMs interpret and compile their hot paths during the first games: play a few first, unmeasured.
            int warmUp = Math.max(1, games / 2);
            System.out.printf("== warm-up: %d games, not measured%n", warmUp);
            for (Table table : startGames(platform, spec, warmUp, players)) {
                table.awaitEnd(Duration.ofMinutes(5));
                table.close();
            }
            Map<String, ProcessUsage> before = platform.usage();
            long started = System.nanoTime();
            List<Table> tables = startGames(platform, spec, games, players);
            for (Table table : tables) {
                table.awaitEnd(Duration.ofMinutes(5));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, ProcessUsage> after = platform.usage();
            String loadAfter = loadAverage();
            Results results = Results.of(tables);
            String report = Report.markdown(
                    games, players, warmUp, spec, seconds, results, before, after, loadBefore, loadAfter, machine());
            System.out.println(report);
            Files.writeString(output, report);
            System.out.println("== written to " + output.toAbsolutePath());
            tables.forEach(Table::close);
        }
    }

    /** Creates and joins the games in parallel, as players arriving at once would. */
    private static List<Table> startGames(Platform platform, GameSpec spec, int games, int players) throws Exception {
        try (ExecutorService creating = Executors.newFixedThreadPool(Math.min(games, 8))) {
            List<Future<Table>> futures = new ArrayList<>();
            for (int i = 0; i < games; i++) {
                long seed = 1000 + i;
                futures.add(creating.submit(() -> Table.play(platform, spec, players, TRAITS, seed)));
            }
            List<Table> tables = new ArrayList<>();
            for (Future<Table> future : futures) {
                tables.add(future.get());
            }
            return tables;
        }
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String machine() {
        String cpu = "unknown cpu";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
        } catch (IOException e) {
            // keep "unknown cpu"
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB bench heap, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)) + " UTC";
    }
}
