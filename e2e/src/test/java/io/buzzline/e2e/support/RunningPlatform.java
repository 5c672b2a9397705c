package io.buzzline.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * One platform shared by every test class of the run, of either test engine (JUnit Jupiter's tests and
 * jqwik's properties; start-up of nine JVMs on two cores is the dominant cost): the infrastructure, the
 * processes, the checks. Started on first use; closed once, when the launcher session ends (see
 * {@link PlatformSession}), after the last test of every engine.
 */
public final class RunningPlatform implements AutoCloseable {

    /** Questions imported into this run's bank; games ask for this category. */
    public static final String CATEGORY = "e2e";

    private static final Path REPORT = Path.of("target", "e2e-report.md");

    private static RunningPlatform shared;

    private final Infrastructure infrastructure;
    private final Platform platform;
    private final GameChecks checks;
    private final TraceReceiver traces;

    RunningPlatform() {
        long started = System.nanoTime();
        startReport();
        this.infrastructure = Infrastructure.forRun();
        // Every service traces, to this run's receiver: TracesIT follows one buzz across them, and every other
        // test plays with tracing on, as production runs.
        this.traces = new TraceReceiver();
        try {
            this.platform = Platform.start(
                    infrastructure,
                    2,
                    List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                    traces.serviceEnvironment());
        } catch (RuntimeException e) {
            traces.close();
            infrastructure.close();
            throw e;
        }
        platform.seedQuestions(CATEGORY, 200);
        this.checks = new GameChecks(platform);
        report("platform: " + platform.labels() + " ready and 200 questions seeded in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; Redis "
                + infrastructure.redisDescription()
                + ", key prefix " + infrastructure.keyPrefix());
    }

    /** The run's platform, started on the first call; every process alive again (see {@link #restoreAll()}). */
    public static synchronized RunningPlatform shared() {
        if (shared == null) {
            shared = new RunningPlatform();
        }
        shared.restoreAll();
        return shared;
    }

    /** Closes the run's platform, if one was started. */
    static synchronized void closeShared() {
        if (shared != null) {
            try {
                shared.close();
            } finally {
                shared = null;
            }
        }
    }

    public Platform platform() {
        return platform;
    }

    public GameChecks checks() {
        return checks;
    }

    /** The spans every service of the platform exported. */
    public TraceReceiver traces() {
        return traces;
    }

    /** Starts again whatever an earlier test left dead, so no test depends on another's order. */
    public void restoreAll() {
        for (String label : platform.labels()) {
            if (!platform.process(label).alive()) {
                platform.restart(label);
            }
        }
        infrastructure.restoreRedis();
    }

    /** One report per run: a rerun in the same target directory does not append to the last one. */
    private static synchronized void startReport() {
        try {
            Files.deleteIfExists(REPORT);
        } catch (IOException e) {
            System.out.println("[e2e] cannot reset " + REPORT + ": " + e);
        }
    }

    /** Prints a report line and appends it to {@code target/e2e-report.md}. */
    public static synchronized void report(String line) {
        System.out.println("[e2e] " + line);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[e2e] cannot write " + REPORT + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            platform.close();
        } finally {
            traces.close();
            infrastructure.close();
        }
    }
}
