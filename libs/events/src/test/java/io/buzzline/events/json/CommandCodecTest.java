package io.buzzline.events.json;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.CommandType;
import io.buzzline.commands.PressBuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandCodecTest {

    private final CommandCodec codec = new CommandCodec();

    static final List<CommandEnvelope> COMMANDS = SampleModel.commands();

    @ParameterizedTest
    @FieldSource("COMMANDS")
    void everyCommandRoundTripsExactly(CommandEnvelope envelope) {
        String json = codec.encode(envelope);

        assertThat(codec.decode(json)).isEqualTo(envelope);
    }

    @Test
    void samplesCoverEveryCommand() {
        assertThat(COMMANDS.stream().map(CommandEnvelope::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CommandType.values());
    }

    @Test
    void unknownCommandTypeIsNamed() {
        assertThatThrownBy(
                        () -> codec.decode(
                                "{\"type\":\"CHEAT\",\"commandId\":\"c\",\"gameId\":\"g\",\"issuedAt\":\"2026-01-01T00:00:00Z\",\"data\":{}}"))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessage("command.type: unknown command type 'CHEAT'");
    }

    @Test
    void retiredRecordScoreIsAnUnknownCommandAndItsCodeStaysFree() {
        // Points are computed by the engine at the reveal now; a stray RECORD_SCORE must not reach it.
        assertThatThrownBy(
                        () -> codec.decode(
                                "{\"type\":\"RECORD_SCORE\",\"commandId\":\"c\",\"gameId\":\"g\",\"issuedAt\":\"2026-01-01T00:00:00Z\",\"data\":{}}"))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessage("command.type: unknown command type 'RECORD_SCORE'");
        assertThat(Arrays.stream(CommandType.values()).map(CommandType::code))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14);
    }

    @Test
    void aBuzzFromAGatewayBuiltBeforeDeliveryStampsDecodesAsAnUnstampedBuzz() {
        CommandEnvelope old = codec.decode("{\"type\":\"PRESS_BUZZ\",\"commandId\":\"c\",\"gameId\":\"g\","
                + "\"issuedAt\":\"2026-01-01T00:00:00Z\",\"data\":{\"playerId\":\"p\",\"questionId\":\"q\","
                + "\"receivedAt\":\"2026-01-01T00:00:00Z\",\"roundTripMillis\":5}}");

        assertThat(old.command()).isEqualTo(new PressBuzz("p", "q", Instant.parse("2026-01-01T00:00:00Z"), 5, null));
        // Filling in what older writers leave out loosens nothing else.
        assertThatThrownBy(() -> codec.decode("{\"type\":\"PRESS_BUZZ\",\"commandId\":\"c\",\"gameId\":\"g\","
                        + "\"issuedAt\":\"2026-01-01T00:00:00Z\",\"data\":{\"playerId\":\"p\",\"questionId\":\"q\","
                        + "\"receivedAt\":\"2026-01-01T00:00:00Z\",\"shownAt\":\"2026-01-01T00:00:00Z\"}}"))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessageContaining("roundTripMillis");
    }

    @Test
    void negativeRoundTripIsRejectedNamingTheField() {
        assertThatThrownBy(() -> codec.decode("{\"type\":\"PRESS_BUZZ\",\"commandId\":\"c\",\"gameId\":\"g\","
                        + "\"issuedAt\":\"2026-01-01T00:00:00Z\",\"data\":{\"playerId\":\"p\",\"questionId\":\"q\","
                        + "\"receivedAt\":\"2026-01-01T00:00:00Z\",\"roundTripMillis\":-5,\"shownAt\":null}}"))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessage("PRESS_BUZZ.data.roundTripMillis: must not be negative, was -5");
    }

    @Test
    void missingCommandIdIsNamed() {
        assertThatThrownBy(
                        () -> codec.decode(
                                "{\"type\":\"START_GAME\",\"gameId\":\"g\",\"issuedAt\":\"2026-01-01T00:00:00Z\",\"data\":{\"hostId\":\"h\"}}"))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessage("command.commandId: missing required field");
    }
}
