package io.buzzline.events.wire;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogEntryTest {

    @Test
    void readsAnEntryAsMatchWritesIt() {
        LogEntry entry = LogEntry.of("12-0", List.of("cmd", "c-3", "event", "{\"type\":\"GAME_ENDED\"}"));

        assertThat(entry).isEqualTo(new LogEntry(12, "c-3", "{\"type\":\"GAME_ENDED\"}"));
    }

    @Test
    void skipsFieldsALaterWriterAddsAndAllowsNoCommand() {
        LogEntry entry = LogEntry.of("1-0", List.of("traceparent", "00-ab", "event", "{}"));

        assertThat(entry.commandId()).isNull();
        assertThat(entry.eventJson()).isEqualTo("{}");
    }

    @Test
    void readsTheSameEntryFromAMapOfItsFields() {
        assertThat(LogEntry.of("12-0", Map.of("cmd", "c-3", "event", "{}"))).isEqualTo(new LogEntry(12, "c-3", "{}"));
        assertThatThrownBy(() -> LogEntry.of("12-0", Map.of("cmd", "c-3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("log entry 12-0 has no event field");
    }

    @Test
    void refusesAnEntryWithoutItsEvent() {
        assertThatThrownBy(() -> LogEntry.of("3-0", List.of("cmd", "c-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("log entry 3-0 has no event field");
    }

    @Test
    void idsAndRangesFollowTheSequence() {
        assertThat(LogEntry.id(7)).isEqualTo("7-0");
        assertThat(LogEntry.sequenceOf("7-0")).isEqualTo(7);
        assertThat(LogEntry.after(0)).isEqualTo("(0-0");
        assertThat(LogEntry.after(41)).isEqualTo("(41-0");
        // (MAX+1)-0 would overflow; "(MAX-0" is a valid exclusive start that reads nothing.
        assertThat(LogEntry.after(Long.MAX_VALUE)).isEqualTo("(" + Long.MAX_VALUE + "-0");
        assertThat(LogEntry.after(-5)).isEqualTo("(0-0");
    }

    @Test
    void refusesIdsThatNoLogEntryHas() {
        assertThatThrownBy(() -> LogEntry.sequenceOf("1700000000000-3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a log entry id");
        assertThatThrownBy(() -> LogEntry.sequenceOf("abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a log entry id");
    }
}
