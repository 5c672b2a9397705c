package io.buzzline.e2e.bench;

import java.util.Map;

import io.buzzline.bots.client.GameSpec;
import io.buzzline.e2e.support.ProcessUsage;

/** Renders a bench run as docs/benchmarks.md. */
final class Report {

    private Report() {}

    static String markdown(
            int games,
            int players,
            int warmUp,
            GameSpec spec,
            double seconds,
            Results results,
            Map<String, ProcessUsage> before,
            Map<String, ProcessUsage> after,
            String loadBefore,
            String loadAfter,
            String machine) {
        StringBuilder out = new StringBuilder();
        out.append("# Platform benchmark\n\n")
                .append("Written by `scripts/bench-platform ")
                .append(games)
                .append(' ')
                .append(players)
                .append("` (e2e/src/test/java/io/buzzline/e2e/bench/PlatformBench.java). Not part of the tests.\n\n")
                .append("## Workload\n\n")
                .append("- ")
                .append(games)
                .append(" games at once, each a bot host and ")
                .append(players)
                .append(" bot players, every bot on the gateway WebSocket (JDK client), games created and joined"
                        + " through the gateway's REST edge.\n")
                .append("- Each game: ")
                .append(spec.rounds().stream()
                        .map(round ->
                                round.mode() + " × " + round.questions() + " (" + round.timeLimitSeconds() + " s)")
                        .toList())
                .append("; players react in 200–900 ms, answer right 70 % of the time, always buzz; the host moves on"
                        + " 1.5 s after each reveal.\n")
                .append("- Measured after a warm-up of ")
                .append(warmUp)
                .append(" games of the same shape on the same processes (JIT compilation out of the figures).\n")
                .append("- One process per service (JVM, `-Xmx512m`), its own redis-server (AOF everysec), PostgreSQL"
                        + " schemas and Firestore emulator project, all on this machine with the bots.\n\n")
                .append("## Machine\n\n")
                .append(machine)
                .append(". Load average before: ")
                .append(loadBefore)
                .append("; after: ")
                .append(loadAfter)
                .append(
                        " (the run itself and anything else on the machine; the bots, Redis, PostgreSQL and the emulator run on the same"
                                + " cores as the services).\n\n")
                .append("## Results\n\n")
                .append(String.format(
                        "Play phase %.1f s: %d commands acknowledged and %d buzzes or BUZZER answers answered by"
                                + " their own event (protocol v3 acks neither) (%.1f commands/s), %d refused by the"
                                + " engine (late or duplicate buzzes), %d events delivered to bots (%.0f/s), %d"
                                + " reconnects.%n%n",
                        seconds,
                        results.commandsAcked(),
                        results.commandsAnsweredByEvent(),
                        (results.commandsAcked() + results.commandsAnsweredByEvent()) / seconds,
                        results.refused(),
                        results.eventsDelivered(),
                        results.eventsDelivered() / seconds,
                        results.reconnects()))
                .append("| latency (ms) | samples | p50 | p99 | p99.9 | max |\n|---|---|---|---|---|---|\n")
                .append(results.buzzVerdict().row("buzz → verdict (own BUZZ_PRESSED or refusal)"))
                .append('\n')
                .append(results.buzzAwarded().row("buzz → BUZZER_AWARDED (includes the 300 ms fair-buzzer window)"))
                .append('\n')
                .append(results.fanOut().row("question fan-out: server time → last player has QUESTION_SHOWN"))
                .append("\n\n")
                .append("With few samples p99.9 is the maximum. Latencies are measured by the bots, so they include the"
                        + " client side on a shared, loaded machine.\n\n")
                .append(
                        "| service | CPU during play (s) | CPU share of one core | RSS after (MiB) |\n|---|---|---|---|\n");
        for (Map.Entry<String, ProcessUsage> entry : after.entrySet()) {
            ProcessUsage start = before.getOrDefault(entry.getKey(), new ProcessUsage(0, 0));
            double cpu = (entry.getValue().cpuTicks() - start.cpuTicks()) / (double) ProcessUsage.TICKS_PER_SECOND;
            out.append(String.format(
                    "| %s | %.1f | %.0f %% | %d |%n",
                    entry.getKey(), cpu, 100 * cpu / seconds, entry.getValue().rssKiB() / 1024));
        }
        return out.toString();
    }
}
