package io.buzzline.telemetry;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With text logs (nothing activated JSON lines in this JVM), a game's fields cost no MDC work. */
class TextLogsTest {

    @Test
    void withoutJsonLinesNothingGoesIntoTheMdc() {
        SpanContext span = SpanContext.create(
                "4bf92f3577b34da6a3ce929d0e0e4736",
                "00f067aa0ba902b7",
                TraceFlags.getSampled(),
                TraceState.getDefault());
        try (LogFields fields = LogFields.of("g_1", "p_1", span)) {
            assertThat(MDC.get(LogFields.GAME_ID)).isNull();
            assertThat(MDC.get(LogFields.TRACE_ID)).isNull();
        }
    }
}
