package io.buzzline.events.wire;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.events.json.EventBatch;

import static org.assertj.core.api.Assertions.assertThat;

class TraceFieldsTest {

    private static final String PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aLiveMessageCarriesItsTraceOnItsFirstLineAndReadersOfEventsSkipIt() {
        String message = TraceFields.liveLine(PARENT)
                + EventBatch.SEPARATOR
                + EventBatch.join(List.of("{\"a\":1}", "{\"b\":2}"));

        assertThat(TraceFields.liveTraceparent(message)).contains(PARENT);
        assertThat(EventBatch.split(message)).containsExactly("{\"a\":1}", "{\"b\":2}");
    }

    @Test
    void aMessageWithoutTraceLineIsReadAsBefore() {
        String message = EventBatch.join(List.of("{\"a\":1}"));

        assertThat(TraceFields.liveTraceparent(message)).isEmpty();
        assertThat(EventBatch.split(message)).containsExactly("{\"a\":1}");
    }

    @Test
    void aTraceLineAloneHoldsNoEvent() {
        assertThat(EventBatch.split(TraceFields.liveLine(PARENT))).isEmpty();
    }
}
