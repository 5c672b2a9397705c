package io.buzzline.telemetry;

import java.time.Duration;

/**
 * The histogram bounds of every live-path latency the services publish (a buzz's verdict, a question's
 * fan-out, a command's way to its decision): one set, so a dashboard can put any two of them side by side and
 * the SLO bounds (250 ms, 1 s; docs/operations.md) are always among them. Keep those two if you change it.
 */
public final class LatencyBuckets {

    private static final Duration[] LIVE = {
        Duration.ofMillis(1),
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10)
    };

    private LatencyBuckets() {}

    /** The bounds, a fresh array each call (Micrometer's {@code serviceLevelObjectives} takes it as is). */
    public static Duration[] live() {
        return LIVE.clone();
    }
}
