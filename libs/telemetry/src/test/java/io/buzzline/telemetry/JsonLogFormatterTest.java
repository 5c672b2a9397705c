package io.buzzline.telemetry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLogFormatterTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    private final ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final JsonLogFormatter formatter = new JsonLogFormatter("buzzline-match");

    @BeforeAll
    static void jsonLines() {
        LogFields.activate();
    }

    @Test
    void aLineAboutAGameCarriesItsTraceGameAndPlayerAsFields() throws Exception {
        SpanContext span = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        String line;
        try (LogFields fields = LogFields.of("g_1", "p_7", span)) {
            line = formatter.format(record("buzz of %s refused", "p_7"));
        }

        assertThat(line).endsWith("}\n").doesNotContain("\n{");
        JsonNode json = strict.readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("buzz of p_7 refused");
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("service").asText()).isEqualTo("buzzline-match");
        assertThat(json.get("gameId").asText()).isEqualTo("g_1");
        assertThat(json.get("playerId").asText()).isEqualTo("p_7");
        assertThat(json.get("traceId").asText()).isEqualTo(TRACE);
        assertThat(json.get("spanId").asText()).isEqualTo(SPAN);
        assertThat(json.get("timestamp").asText()).endsWith("Z");
    }

    @Test
    void fieldsGoWhenTheirScopeEnds() throws Exception {
        try (LogFields fields = LogFields.of("g_1", null, null)) {
            assertThat(strict.readTree(formatter.format(record("in"))).has("gameId"))
                    .isTrue();
        }
        JsonNode after = strict.readTree(formatter.format(record("out")));
        assertThat(after.has("gameId")).isFalse();
        assertThat(after.has("playerId")).isFalse();
        assertThat(after.has("traceId")).isFalse();
    }

    @Test
    void quotesNewlinesAndControlCharactersStayOneValidLine() throws Exception {
        ExtLogRecord record = record("a \"quoted\"\nsecond\tline \u0001 \\ end");
        record.setThrown(new IllegalStateException("boom \"x\""));

        String line = formatter.format(record);

        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
        JsonNode json = strict.readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("a \"quoted\"\nsecond\tline \u0001 \\ end");
        assertThat(json.get("exception").asText()).startsWith("java.lang.IllegalStateException: boom \"x\"");
    }

    private static ExtLogRecord record(String format, Object... parameters) {
        ExtLogRecord record = new ExtLogRecord(Level.WARN, format, ExtLogRecord.FormatStyle.PRINTF, "test");
        record.setParameters(parameters);
        record.setLoggerName("io.buzzline.test");
        record.copyMdc();
        return record;
    }
}
