package io.buzzline.events.json;

import java.util.ArrayList;
import java.util.List;

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

    /** {@code {"gameId","commandId","type","code","message"}}: one refusal of a rejection-channel message. */
    public String encode(CommandRefusal refusal) {
        return write(refusal);
    }

    public CommandRefusal decodeCommandRefusal(String json) {
        return read(json, CommandRefusal.class, "commandRefusal");
    }

    /**
     * The refusals of one group of commands match decided together, as one message on the game's rejection
     * channel: one refusal per line, as {@link EventBatch} joins events (a batch of one is that refusal's JSON
     * alone). When 10,000 players buzz at once, 9,999 are refused: one message per refusal was 9,999 PUBLISHes
     * from match and 9,999 messages every gateway of the game parsed.
     */
    public String encodeCommandRefusals(List<CommandRefusal> refusals) {
        List<String> lines = new ArrayList<>(refusals.size());
        for (CommandRefusal refusal : refusals) {
            lines.add(write(refusal));
        }
        return EventBatch.join(lines);
    }

    /** The refusals of one rejection-channel message, in order; one undecodable line fails the message. */
    public List<CommandRefusal> decodeCommandRefusals(String payload) {
        List<String> lines = EventBatch.split(payload);
        List<CommandRefusal> refusals = new ArrayList<>(lines.size());
        for (String line : lines) {
            refusals.add(decodeCommandRefusal(line));
        }
        return refusals;
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
