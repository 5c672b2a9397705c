package io.buzzline.events.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.buzzline.events.wire.CommandRefusal;
import io.buzzline.events.wire.EndConfirmation;

/**
 * The JSON of the messages services exchange besides events and commands, written and read one way on
 * both sides (each used to be hand-built in the sender and picked apart in the receiver): strict like the
 * rest of the model, so a field missing, unknown or of the wrong type is a {@link ModelDecodingException}.
 */
public final class WireCodec {

    private final ObjectMapper mapper = ModelJson.newMapper();

    /** {@code {"gameId","consumer"}} on match's confirmations stream. */
    public String encode(EndConfirmation confirmation) {
        return write(confirmation);
    }

    public EndConfirmation decodeEndConfirmation(String json) {
        return read(json, EndConfirmation.class, "endConfirmation");
    }

    /** {@code {"gameId","commandId","type","code","message"}} on a game's rejection channel. */
    public String encode(CommandRefusal refusal) {
        return write(refusal);
    }

    public CommandRefusal decodeCommandRefusal(String json) {
        return read(json, CommandRefusal.class, "commandRefusal");
    }

    private String write(Object message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a wire record always serialises", e);
        }
    }

    private <T> T read(String json, Class<T> type, String where) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw ModelJson.describe(where, e);
        }
    }
}
