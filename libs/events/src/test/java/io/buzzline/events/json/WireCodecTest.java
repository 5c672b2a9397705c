package io.buzzline.events.json;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.events.wire.CommandRefusal;
import io.buzzline.events.wire.EndConfirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireCodecTest {

    private final WireCodec codec = new WireCodec();

    @Test
    void anEndConfirmationIsTheJsonMatchHasAlwaysRead() {
        EndConfirmation confirmation = new EndConfirmation("g_1", "scoring");
        String json = codec.encode(confirmation);
        assertThat(json).isEqualTo("{\"gameId\":\"g_1\",\"consumer\":\"scoring\"}");
        assertThat(codec.decodeEndConfirmation(json)).isEqualTo(confirmation);
    }

    @Test
    void aCommandRefusalRoundTripsAndNamesItsSendersConnection() {
        CommandRefusal refusal =
                new CommandRefusal("g_1", "c-42/7", "SUBMIT_ANSWER", "AFTER_DEADLINE", "The question is closed.");
        String json = codec.encode(refusal);
        assertThat(json)
                .isEqualTo("{\"gameId\":\"g_1\",\"commandId\":\"c-42/7\",\"type\":\"SUBMIT_ANSWER\","
                        + "\"code\":\"AFTER_DEADLINE\",\"message\":\"The question is closed.\"}");
        assertThat(codec.decodeCommandRefusal(json)).isEqualTo(refusal);
        assertThat(refusal.connectionId()).isEqualTo("c-42");
        assertThat(new CommandRefusal("g", "own", "START_GAME", "X", "y").connectionId())
                .isNull();
    }

    @Test
    void theRefusalsOfOneGroupTravelAsOneMessageOnePerLineAndALoneOneIsItsOwnJson() {
        CommandRefusal first =
                new CommandRefusal("g_1", "c-1/1", "PRESS_BUZZ", "BUZZER_CLOSED", "Someone buzzed first.");
        CommandRefusal second = new CommandRefusal("g_1", "c-2/4", "PRESS_BUZZ", "BUZZER_CLOSED", "Line\nbreak.");
        String batch = codec.encodeCommandRefusals(List.of(first, second));
        assertThat(batch).isEqualTo(codec.encode(first) + "\n" + codec.encode(second));
        assertThat(codec.decodeCommandRefusals(batch)).containsExactly(first, second);
        assertThat(codec.encodeCommandRefusals(List.of(first))).isEqualTo(codec.encode(first));
        assertThat(codec.decodeCommandRefusals(codec.encode(first))).containsExactly(first);
        assertThatThrownBy(() -> codec.decodeCommandRefusals(codec.encode(first) + "\nnot json"))
                .isInstanceOf(ModelDecodingException.class);
    }

    @Test
    void aMessageWithAFieldMissingOrBlankIsRefusedByNameAndAnUnknownOneIgnored() {
        assertThatThrownBy(() -> codec.decodeEndConfirmation("{\"gameId\":\"g_1\"}"))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessageContaining("consumer");
        // A field a newer build added is ignored (ModelJson): old and new revisions run side by side.
        assertThat(codec.decodeEndConfirmation("{\"gameId\":\"g_1\",\"consumer\":\"x\",\"extra\":1}"))
                .isEqualTo(new EndConfirmation("g_1", "x"));
        assertThatThrownBy(() -> codec.decodeCommandRefusal(
                        "{\"gameId\":\"g\",\"commandId\":\" \",\"type\":\"T\",\"code\":\"C\",\"message\":\"m\"}"))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessageContaining("commandId");
        assertThatThrownBy(() -> codec.decodeCommandRefusal("not json")).isInstanceOf(ModelDecodingException.class);
    }
}
