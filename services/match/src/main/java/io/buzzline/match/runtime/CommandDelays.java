package io.buzzline.match.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.buzzline.events.wire.EntryIds;
import io.buzzline.telemetry.LatencyBuckets;

/**
 * How long a command takes to reach its decision, in legs, so an operator (or a benchmark) can tell which
 * one a slow verdict waits in: {@code to-stream} from when its sender took it ({@code issuedAt}: the gateway's
 * receive time) to the stream entry (Redis's clock in the entry id), {@code in-stream} from the entry to this
 * instance's intake, {@code to-decision} from the entry to the owner's engine deciding it (the actor's queue
 * and group commits included). Legs compare two clocks (sender or Redis against this instance's): exact on
 * one host, off by their skew across hosts; a negative reading is skew and is dropped.
 */
@Singleton
public class CommandDelays {

    private final Clock clock;
    private final Timer toStream;
    private final Timer inStream;
    private final Timer toDecision;

    public CommandDelays(MeterRegistry metrics, Clock clock) {
        this.clock = clock;
        this.toStream = timer(metrics, "to-stream");
        this.inStream = timer(metrics, "in-stream");
        this.toDecision = timer(metrics, "to-decision");
    }

    /** The intake was handed the command of stream entry {@code entryId}, issued at {@code issuedAt}. */
    public void read(Instant issuedAt, String entryId) {
        long entryAt = EntryIds.millis(entryId);
        record(toStream, entryAt - issuedAt.toEpochMilli());
        record(inStream, clock.millis() - entryAt);
    }

    /** The owner's engine decided the command of {@code entryId} (null: the runtime's own, not timed). */
    public void decided(String entryId) {
        if (entryId != null) {
            record(toDecision, clock.millis() - EntryIds.millis(entryId));
        }
    }

    private static void record(Timer timer, long millis) {
        if (millis >= 0) {
            timer.record(millis, TimeUnit.MILLISECONDS);
        }
    }

    private static Timer timer(MeterRegistry metrics, String leg) {
        return Timer.builder("buzzline.match.command.delay")
                .description("a command's way to its decision, by leg (to-stream, in-stream, to-decision)")
                .tag("leg", leg)
                .publishPercentiles(0.5, 0.99)
                .serviceLevelObjectives(LatencyBuckets.live())
                .register(metrics);
    }
}
