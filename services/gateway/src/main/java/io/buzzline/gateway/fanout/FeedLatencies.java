package io.buzzline.gateway.fanout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.buzzline.telemetry.LatencyBuckets;

/**
 * The two latencies the SLOs are stated in (docs/operations.md), measured where a game's events reach
 * this gateway's connections. Histograms with fixed buckets, so Prometheus can compute percentiles
 * across instances and the alert rules can count the share of observations over a bucket's bound.
 * No game or player id is ever a tag: a tag per game would be a new time series per game.
 */
@Singleton
public class FeedLatencies {

    /** From the gateway receiving a buzz to its {@code BUZZ_PRESSED} handed to the player's connection. */
    public static final String BUZZ_VERDICT = "buzzline.gateway.buzz.verdict";
    /** From match logging a {@code QUESTION_SHOWN} to this gateway handing it to its last connection. */
    public static final String QUESTION_FANOUT = "buzzline.gateway.question.fanout";

    private final Clock clock;
    private final Timer buzzVerdict;
    private final Timer questionFanout;

    public FeedLatencies(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.buzzVerdict = timer(
                registry,
                BUZZ_VERDICT,
                "buzz received by the gateway until its BUZZ_PRESSED reached the player's queue");
        this.questionFanout = timer(
                registry,
                QUESTION_FANOUT,
                "QUESTION_SHOWN logged by match until queued for the last local connection of its game");
    }

    /** Meters nobody reads: for feeds built without the application (tests). */
    static FeedLatencies unobserved(Clock clock) {
        return new FeedLatencies(new SimpleMeterRegistry(), clock);
    }

    Instant now() {
        return clock.instant();
    }

    void buzzVerdict(Instant receivedAt) {
        record(buzzVerdict, receivedAt);
    }

    void questionFanout(Instant loggedAt) {
        record(questionFanout, loggedAt);
    }

    // Clocks of different hosts may disagree by a little: a negative difference counts as zero.
    private void record(Timer timer, Instant since) {
        Duration elapsed = Duration.between(since, clock.instant());
        timer.record(elapsed.isNegative() ? Duration.ZERO : elapsed);
    }

    private static Timer timer(MeterRegistry registry, String name, String description) {
        return Timer.builder(name)
                .description(description)
                .serviceLevelObjectives(LatencyBuckets.live())
                .register(registry);
    }
}
