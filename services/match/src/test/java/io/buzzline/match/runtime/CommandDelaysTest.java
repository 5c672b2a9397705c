package io.buzzline.match.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandDelaysTest {

    private static final long ENTRY_AT = 1_765_000_000_000L;

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private CommandDelays at(long nowMillis) {
        return new CommandDelays(metrics, Clock.fixed(Instant.ofEpochMilli(nowMillis), ZoneOffset.UTC));
    }

    private Timer leg(String leg) {
        return metrics.get("buzzline.match.command.delay").tag("leg", leg).timer();
    }

    @Test
    void aReadCommandIsTimedFromItsSenderToTheStreamAndFromTheStreamToThisInstance() {
        at(ENTRY_AT + 40).read(Instant.ofEpochMilli(ENTRY_AT - 7), ENTRY_AT + "-3");

        assertThat(leg("to-stream").count()).isEqualTo(1);
        assertThat(leg("to-stream").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7);
        assertThat(leg("in-stream").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40);
        assertThat(leg("to-decision").count()).isZero();
    }

    @Test
    void aDecisionIsTimedFromItsStreamEntry() {
        at(ENTRY_AT + 85).decided(ENTRY_AT + "-0");

        assertThat(leg("to-decision").count()).isEqualTo(1);
        assertThat(leg("to-decision").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(85);
    }

    @Test
    void theRuntimesOwnStepsAndReadingsBehindBySkewAreNotTimed() {
        CommandDelays delays = at(ENTRY_AT - 2);
        delays.decided(null);
        delays.decided(ENTRY_AT + "-0");
        delays.read(Instant.ofEpochMilli(ENTRY_AT + 5), ENTRY_AT + "-0");

        assertThat(leg("to-decision").count()).isZero();
        assertThat(leg("to-stream").count()).isZero();
        assertThat(leg("in-stream").count()).isZero();
    }
}
