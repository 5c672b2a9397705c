package io.buzzline.gateway.protocol;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Decodes client frames strictly: a JSON object with a known {@code type}, exactly the fields that
 * type allows, each of the right JSON type and length. Thread-safe.
 */
public final class ClientFrameDecoder {

    /** The fields each frame type allows besides {@code type} and {@code id}; docs/asyncapi.yaml lists the same. */
    public static final Map<String, Set<String>> FIELDS = Map.of(
            "hello", Set.of("v", "token", "lastSequence"),
            "buzz", Set.of("questionId"),
            "answer", Set.of("questionId", "answer"),
            "start", Set.of(),
            "next", Set.of(),
            "skip", Set.of(),
            "kick", Set.of("playerId"),
            "end", Set.of(),
            "board", Set.of("offset", "limit"),
            "ping", Set.of("clientTime"));

    // One JSON value per frame: "{...} trailing" or two objects in one frame are malformed, not the first.
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ClientFrame decode(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FrameException(ErrorCode.MALFORMED_FRAME, null, "not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new FrameException(ErrorCode.MALFORMED_FRAME, null, "a frame must be a JSON object");
        }
        String id = optionalText(root, "id", null, Protocol.MAX_FIELD_LENGTH);
        JsonNode typeNode = root.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new FrameException(ErrorCode.UNKNOWN_TYPE, id, "type: is required and must be a string");
        }
        String type = typeNode.asText();
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null) {
            throw new FrameException(ErrorCode.UNKNOWN_TYPE, id, "type: unknown frame type '" + abbreviate(type) + "'");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("type") && !name.equals("id") && !allowed.contains(name)) {
                throw new FrameException(
                        ErrorCode.INVALID_FRAME, id, abbreviate(name) + ": is not a field of '" + type + "'");
            }
        }
        return switch (type) {
            case "hello" -> hello(root, id);
            case "buzz" -> new ClientFrame.Buzz(id, requiredText(root, "questionId", id, Protocol.MAX_FIELD_LENGTH));
            case "answer" ->
                new ClientFrame.Answer(
                        id,
                        requiredText(root, "questionId", id, Protocol.MAX_FIELD_LENGTH),
                        requiredText(root, "answer", id, Protocol.MAX_FIELD_LENGTH));
            case "start" -> new ClientFrame.Start(id);
            case "next" -> new ClientFrame.Next(id);
            case "skip" -> new ClientFrame.Skip(id);
            case "kick" -> new ClientFrame.Kick(id, requiredText(root, "playerId", id, Protocol.MAX_FIELD_LENGTH));
            case "end" -> new ClientFrame.End(id);
            case "board" -> board(root, id);
            case "ping" -> new ClientFrame.Ping(id, optionalLong(root, "clientTime", id));
            default -> throw new IllegalStateException("FIELDS and the switch disagree on " + type);
        };
    }

    private static ClientFrame.Hello hello(JsonNode root, String id) {
        JsonNode version = root.get("v");
        // A JSON integer only (not 2.0, not "2"), compared whole: 4294967298 must not wrap to 2 as an int.
        if (version == null || !version.isIntegralNumber()) {
            throw new FrameException(ErrorCode.INVALID_FRAME, id, "v: is required and must be an integer");
        }
        if (!version.canConvertToInt()
                || version.intValue() < Protocol.OLDEST_VERSION
                || version.intValue() > Protocol.VERSION) {
            throw new FrameException(
                    ErrorCode.UNSUPPORTED_VERSION,
                    id,
                    "v: this server speaks protocol versions " + Protocol.OLDEST_VERSION + " to " + Protocol.VERSION
                            + ", not " + abbreviate(version.asText()));
        }
        String token = requiredText(root, "token", id, Protocol.MAX_TOKEN_LENGTH);
        Long last = optionalLong(root, "lastSequence", id);
        if (last != null && last < 0) {
            throw new FrameException(ErrorCode.INVALID_FRAME, id, "lastSequence: must not be negative");
        }
        return new ClientFrame.Hello(id, version.intValue(), token, last);
    }

    private static ClientFrame.Board board(JsonNode root, String id) {
        Long offset = optionalLong(root, "offset", id);
        Long limit = optionalLong(root, "limit", id);
        if (offset != null && (offset < 0 || offset > Integer.MAX_VALUE)) {
            throw new FrameException(ErrorCode.INVALID_FRAME, id, "offset: must be between 0 and " + Integer.MAX_VALUE);
        }
        if (limit != null && (limit < 1 || limit > Protocol.MAX_BOARD_PAGE)) {
            throw new FrameException(
                    ErrorCode.INVALID_FRAME, id, "limit: must be between 1 and " + Protocol.MAX_BOARD_PAGE);
        }
        return new ClientFrame.Board(
                id, offset == null ? 0 : offset.intValue(), limit == null ? Protocol.MAX_BOARD_PAGE : limit.intValue());
    }

    private static String requiredText(JsonNode root, String field, String id, int maxLength) {
        String value = optionalText(root, field, id, maxLength);
        if (value == null) {
            throw new FrameException(ErrorCode.INVALID_FRAME, id, field + ": is required");
        }
        return value;
    }

    /** Absent is null; present, it is a string that is not blank (no-break and em spaces count as blank). */
    private static String optionalText(JsonNode root, String field, String id, int maxLength) {
        JsonNode node = present(root, field, id, "a string");
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw new FrameException(ErrorCode.INVALID_FRAME, id, field + ": must be a string");
        }
        String value = node.asText();
        // Counted in code points, as asyncapi.yaml's maxLength is (JSON Schema): 😀 is one character, not two.
        if (value.length() > maxLength && value.codePointCount(0, value.length()) > maxLength) {
            throw new FrameException(
                    ErrorCode.INVALID_FRAME, id, field + ": must be at most " + maxLength + " characters");
        }
        if (value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new FrameException(ErrorCode.INVALID_FRAME, id, field + ": must not be empty or blank");
        }
        return value;
    }

    /** The field's node, null if absent; a field sent as JSON null is refused: leave it out instead. */
    private static JsonNode present(JsonNode root, String field, String id, String expected) {
        JsonNode node = root.get(field);
        if (node != null && node.isNull()) {
            throw new FrameException(
                    ErrorCode.INVALID_FRAME, id, field + ": must be " + expected + " or left out, not null");
        }
        return node;
    }

    private static Long optionalLong(JsonNode root, String field, String id) {
        JsonNode node = present(root, field, id, "an integer");
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new FrameException(ErrorCode.INVALID_FRAME, id, field + ": must be an integer");
        }
        return node.asLong();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
