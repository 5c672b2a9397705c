package io.buzzline.events.json;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.CommandType;
import io.buzzline.commands.GameCommand;

/**
 * Encodes commands as {@code {"type", "commandId", "gameId", "issuedAt", "data"}} and decodes them
 * strictly. Thread-safe; one instance per application is enough.
 */
public final class CommandCodec {

    private final ObjectMapper mapper = ModelJson.newMapper();

    public String encode(CommandEnvelope envelope) {
        ObjectNode root = mapper.createObjectNode();
        root.put("type", envelope.type().name());
        root.put("commandId", envelope.commandId());
        root.put("gameId", envelope.gameId());
        root.put("issuedAt", envelope.issuedAt().toString());
        root.set("data", mapper.valueToTree(envelope.command()));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode command " + envelope.commandId(), e);
        }
    }

    /**
     * Decodes one command.
     *
     * @throws ModelDecodingException naming the field when the JSON is not a valid command
     */
    public CommandEnvelope decode(String json) {
        CommandWire wire = read(json);
        CommandType type = CommandType.byName(wire.type()).orElseThrow(() -> unknownType(wire.type()));
        GameCommand command;
        try {
            command = mapper.treeToValue(LaterFields.complete(type.payloadType(), wire.data()), type.payloadType());
        } catch (JsonProcessingException e) {
            throw ModelJson.describe(type.name() + ".data", e);
        }
        try {
            return new CommandEnvelope(wire.commandId(), wire.gameId(), wire.issuedAt(), command);
        } catch (IllegalArgumentException e) {
            throw new ModelDecodingException("command." + e.getMessage(), e);
        }
    }

    private static ModelDecodingException unknownType(String type) {
        return new ModelDecodingException(
                type == null ? "command.type: is required" : "command.type: unknown command type '" + type + "'");
    }

    private CommandWire read(String json) {
        try {
            CommandWire wire = mapper.readValue(json, CommandWire.class);
            if (wire.data() == null || !wire.data().isObject()) {
                throw new ModelDecodingException("command.data: must be a JSON object");
            }
            return wire;
        } catch (JsonProcessingException e) {
            throw ModelJson.describe("command", e);
        }
    }

    private record CommandWire(String type, String commandId, String gameId, Instant issuedAt, JsonNode data) {}
}
