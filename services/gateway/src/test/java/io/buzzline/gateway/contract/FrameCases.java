package io.buzzline.gateway.contract;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Client frames drawn from docs/asyncapi.yaml's client message schemas (the operation
 * {@code receiveClientFrames}): valid ones, each field a value its schema admits, and ones with one part
 * broken, each with the error code the documents promise for it.
 */
final class FrameCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** protocol.md: "blank or over-long strings are refused"; Java's and ECMAScript's blanks both. */
    private static final List<String> BLANKS = List.of("", " ", "\t", "\n ", "\u2003", "\u00A0", "\u3000 ");

    private FrameCases() {}

    /** One frame to send: its message type, the frame, and what is broken in it (null when nothing is). */
    record FrameCase(String type, ObjectNode frame, Fault fault) {

        boolean valid() {
            return fault == null;
        }

        /** The id the answer must echo for try {@code n}, null when none: absent, broken, or never read. */
        String echoedId(int n) {
            JsonNode id = frame.get("id");
            boolean read = fault == null || fault.echoesId();
            return read && id != null && id.isTextual() ? unique(n, id.asText()) : null;
        }

        /** The unique id the frame's text carries for try {@code n}, null when it carries none that is valid. */
        String sentId(int n) {
            JsonNode id = frame.get("id");
            boolean idBroken = fault != null && "id".equals(fault.field());
            return id != null && id.isTextual() && !idBroken ? unique(n, id.asText()) : null;
        }

        /** The frame's text with a unique id (try {@code n}) in place of a valid generated one. */
        String text(int n) {
            ObjectNode copy = frame.deepCopy();
            JsonNode id = copy.get("id");
            boolean idBroken = fault != null && "id".equals(fault.field());
            if (id != null && id.isTextual() && !idBroken) {
                copy.put("id", unique(n, id.asText()));
            }
            return fault == null ? copy.toString() : fault.shape().apply(copy.toString());
        }
    }

    /** Try {@code n}'s id: unique in the run (answers are matched by it), as long as the schema allows. */
    private static String unique(int n, String id) {
        String unique = "t" + n + "_" + id;
        return unique.substring(0, Math.min(unique.length(), maxLength("MessageId")));
    }

    /** What is broken, how the text is made from the object, and the error code the documents give it. */
    record Fault(String what, String field, Shape shape, String code) {

        /** Whether the error answering this fault can name the frame's id: the server read it first. */
        boolean echoesId() {
            return shape == Shape.OBJECT && !"id".equals(field);
        }
    }

    /** How a broken frame's text is made from its object. */
    enum Shape {
        OBJECT,
        TRAILING_TEXT,
        TWO_OBJECTS,
        CUT_SHORT,
        IN_AN_ARRAY,
        AS_A_STRING,
        JSON_NULL;

        String apply(String object) {
            return switch (this) {
                case OBJECT -> object;
                case TRAILING_TEXT -> object + " trailing";
                case TWO_OBJECTS -> object + object;
                case CUT_SHORT -> object.substring(0, object.length() - 1);
                case IN_AN_ARRAY -> "[" + object + "]";
                case AS_A_STRING -> NODES.textNode(object).toString();
                case JSON_NULL -> "null";
            };
        }
    }

    /** Every client message type the document lists, valid frames and broken ones about as often. */
    static Arbitrary<FrameCase> any() {
        List<Arbitrary<FrameCase>> perType = new ArrayList<>();
        for (JsonNode ref : AsyncApiDocument.ROOT.at("/operations/receiveClientFrames/messages")) {
            String type = ref.path("$ref").asText().replaceFirst(".*/", "");
            perType.add(of(type));
        }
        return Arbitraries.oneOf(perType);
    }

    /**
     * Issue 18's WebSocket findings, tried first in every run: a ping with trailing text, two objects in
     * one frame, {@code "clientTime": null}, blank ids, U+00A0 as questionId, answer and playerId; and an
     * answer of emoji (outside the BMP) at its maxLength and one over.
     */
    static List<FrameCase> seeds() {
        List<FrameCase> seeds = new ArrayList<>();
        ObjectNode ping = NODES.objectNode().put("type", "ping").put("id", "seed");
        seeds.add(
                new FrameCase("ping", ping, new Fault("trailing text", null, Shape.TRAILING_TEXT, "MALFORMED_FRAME")));
        seeds.add(new FrameCase("ping", ping, new Fault("two objects", null, Shape.TWO_OBJECTS, "MALFORMED_FRAME")));
        seeds.add(new FrameCase("ping", ping.deepCopy().putNull("clientTime"), invalid("null", "clientTime")));
        for (String blank : List.of("", " ", "\t", "\u2003", "\u00A0")) {
            seeds.add(new FrameCase("ping", ping.deepCopy().put("id", blank), invalid("blank", "id")));
        }
        ObjectNode buzz = NODES.objectNode().put("type", "buzz").put("id", "seed");
        seeds.add(new FrameCase("buzz", buzz.put("questionId", "\u00A0"), invalid("U+00A0", "questionId")));
        ObjectNode answer = NODES.objectNode().put("type", "answer").put("id", "seed");
        answer.put("questionId", "q1").put("answer", "\u00A0");
        seeds.add(new FrameCase("answer", answer, invalid("U+00A0", "answer")));
        ObjectNode kick = NODES.objectNode().put("type", "kick").put("id", "seed");
        seeds.add(new FrameCase("kick", kick.put("playerId", "\u00A0"), invalid("U+00A0", "playerId")));
        // maxLength counts code points (JSON Schema): 200 emoji are within an answer's 200, 201 are not.
        String emoji = "\uD83D\uDE00";
        int longest = maxLength("Answer", "answer");
        ObjectNode emojiAnswer =
                NODES.objectNode().put("type", "answer").put("id", "seed").put("questionId", "q1");
        seeds.add(new FrameCase("answer", emojiAnswer.deepCopy().put("answer", emoji.repeat(longest)), null));
        seeds.add(new FrameCase(
                "answer",
                emojiAnswer.deepCopy().put("answer", emoji.repeat(longest + 1)),
                invalid("one emoji over maxLength", "answer")));
        return seeds;
    }

    private static Fault invalid(String what, String field) {
        return new Fault(what, field, Shape.OBJECT, "INVALID_FRAME");
    }

    static String schemaName(String type) {
        JsonNode payload = AsyncApiDocument.ROOT.at("/components/messages/" + type + "/payload");
        return AsyncApiDocument.refName(payload);
    }

    private static Arbitrary<FrameCase> of(String type) {
        JsonNode schema = AsyncApiDocument.schema(schemaName(type));
        Arbitrary<ObjectNode> valid = validObject(schema);
        Arbitrary<FrameCase> broken = Combinators.combine(
                        valid, Arbitraries.integers().between(0, 1_000))
                .as((frame, pick) -> FrameFaults.breakOne(type, schema, frame, pick));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, valid.map(frame -> new FrameCase(type, frame, null))),
                net.jqwik.api.Tuple.of(2, broken));
    }

    /** An object with {@code type}, every required field and each optional one or not, from the schema. */
    private static Arbitrary<ObjectNode> validObject(JsonNode schema) {
        Set<String> required = Set.copyOf(JSON.convertValue(schema.path("required"), List.class));
        Arbitrary<ObjectNode> object = Arbitraries.just(0).map(x -> NODES.objectNode());
        for (String field : AsyncApiDocument.names(schema.path("properties"))) {
            Arbitrary<JsonNode> value =
                    value(AsyncApiDocument.resolve(schema.path("properties").path(field)));
            Arbitrary<JsonNode> maybe = required.contains(field) ? value : value.injectNull(0.3);
            object = Combinators.combine(object, maybe).as((o, v) -> {
                ObjectNode copy = o.deepCopy();
                if (v != null) {
                    copy.set(field, v);
                }
                return copy;
            });
        }
        return object;
    }

    /** A value the (resolved) property schema admits; strings are not blank (protocol.md). */
    static Arbitrary<JsonNode> value(JsonNode schema) {
        if (schema.has("const")) {
            return Arbitraries.just(schema.get("const"));
        }
        if (schema.has("enum")) {
            List<JsonNode> admitted = new ArrayList<>();
            schema.get("enum").forEach(admitted::add);
            return Arbitraries.of(admitted);
        }
        return switch (schema.path("type").asText()) {
            case "string" ->
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .withCharRange('0', '9')
                        .withChars("_-.:é字 ")
                        .ofMinLength(1)
                        .ofMaxLength(schema.path("maxLength").asInt(200))
                        .filter(s -> !s.isBlank())
                        .map(NODES::textNode);
            case "integer" ->
                Arbitraries.bigIntegers()
                        .between(bound(schema, "minimum", Long.MIN_VALUE), bound(schema, "maximum", Long.MAX_VALUE))
                        .map(NODES::numberNode);
            default -> throw new AssertionError("no generator for the client field schema " + schema);
        };
    }

    static BigInteger bound(JsonNode schema, String keyword, long otherwise) {
        return schema.has(keyword) ? schema.get(keyword).bigIntegerValue() : BigInteger.valueOf(otherwise);
    }

    static int maxLength(String schemaName) {
        return AsyncApiDocument.schema(schemaName).path("maxLength").asInt();
    }

    /** The maxLength of one property of a schema. */
    static int maxLength(String schemaName, String property) {
        return AsyncApiDocument.schema(schemaName)
                .path("properties")
                .path(property)
                .path("maxLength")
                .asInt();
    }

    static List<String> blanks() {
        return BLANKS;
    }
}
