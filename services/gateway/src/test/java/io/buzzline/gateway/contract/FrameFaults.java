package io.buzzline.gateway.contract;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.buzzline.gateway.contract.FrameCases.Fault;
import io.buzzline.gateway.contract.FrameCases.FrameCase;
import io.buzzline.gateway.contract.FrameCases.Shape;

/**
 * One part of a valid frame broken, with the code the documents give it: a frame that is no single JSON
 * object is {@code MALFORMED_FRAME} (no id: the server could not read one); a missing, non-string or
 * unknown {@code type} is {@code UNKNOWN_TYPE}; {@code v} another integer is {@code UNSUPPORTED_VERSION}
 * (Hello.v's description); any other field of another JSON type, null, missing when required, blank,
 * longer or outside its bounds, or a field the schema does not list is {@code INVALID_FRAME}.
 */
final class FrameFaults {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String INVALID = "INVALID_FRAME";
    private static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
    private static final String MALFORMED = "MALFORMED_FRAME";

    private FrameFaults() {}

    /** The fault number {@code pick} (modulo how many this frame has) applied to a copy of {@code frame}. */
    static FrameCase breakOne(String type, JsonNode schema, ObjectNode frame, int pick) {
        List<Candidate> all = candidates(schema, frame);
        Candidate chosen = all.get(pick % all.size());
        ObjectNode broken = frame.deepCopy();
        chosen.change().accept(broken);
        return new FrameCase(type, broken, chosen.fault());
    }

    private record Candidate(Fault fault, Consumer<ObjectNode> change) {}

    private static List<Candidate> candidates(JsonNode schema, ObjectNode frame) {
        List<Candidate> out = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            if (shape != Shape.OBJECT) {
                out.add(new Candidate(new Fault(shape.name(), null, shape, MALFORMED), f -> {}));
            }
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        out.add(new Candidate(new Fault("unknown field", "extra", Shape.OBJECT, INVALID), f -> f.put("extra", 1)));
        for (String field : AsyncApiDocument.names(schema.path("properties"))) {
            JsonNode property =
                    AsyncApiDocument.resolve(schema.path("properties").path(field));
            String code = field.equals("type") ? UNKNOWN_TYPE : INVALID;
            if (required.contains(field)) {
                out.add(new Candidate(new Fault("missing", field, Shape.OBJECT, code), f -> f.remove(field)));
            }
            out.add(new Candidate(new Fault("null", field, Shape.OBJECT, code), f -> f.putNull(field)));
            for (JsonNode other : otherTypes(property)) {
                out.add(new Candidate(
                        new Fault("another JSON type " + other, field, Shape.OBJECT, code), f -> f.set(field, other)));
            }
            if (field.equals("type")) {
                String unknown = property.path("const").asText() + "x";
                out.add(new Candidate(
                        new Fault("unknown type", field, Shape.OBJECT, UNKNOWN_TYPE), f -> f.put(field, unknown)));
                out.add(new Candidate(
                        new Fault("type in capitals", field, Shape.OBJECT, UNKNOWN_TYPE),
                        f -> f.put(field, unknown.toUpperCase())));
            } else if (property.has("enum") && property.path("type").asText().equals("integer")) {
                // The versions served: any other integer is refused as a version, even one that wraps to one.
                BigInteger newest = BigInteger.ZERO;
                for (JsonNode version : property.get("enum")) {
                    newest = newest.max(version.bigIntegerValue());
                }
                BigInteger wrapping = newest.add(BigInteger.valueOf(4294967296L));
                BigInteger next = newest.add(BigInteger.ONE);
                out.add(new Candidate(
                        new Fault("a version that wraps to a served one", field, Shape.OBJECT, "UNSUPPORTED_VERSION"),
                        f -> f.set(field, NODES.numberNode(wrapping))));
                out.add(new Candidate(
                        new Fault("the next version", field, Shape.OBJECT, "UNSUPPORTED_VERSION"),
                        f -> f.set(field, NODES.numberNode(next))));
                out.add(new Candidate(
                        new Fault("version 1", field, Shape.OBJECT, "UNSUPPORTED_VERSION"), f -> f.put(field, 1)));
            } else if (property.has("const")) {
                BigInteger other = property.get("const").bigIntegerValue().add(BigInteger.valueOf(4294967296L));
                out.add(new Candidate(
                        new Fault("another version", field, Shape.OBJECT, "UNSUPPORTED_VERSION"),
                        f -> f.set(field, NODES.numberNode(other))));
                out.add(new Candidate(
                        new Fault("version 1", field, Shape.OBJECT, "UNSUPPORTED_VERSION"), f -> f.put(field, 1)));
            } else if (property.path("type").asText().equals("string")) {
                for (String blank : FrameCases.blanks()) {
                    out.add(new Candidate(
                            new Fault("blank " + NODES.textNode(blank), field, Shape.OBJECT, INVALID),
                            f -> f.put(field, blank)));
                }
                int max = property.path("maxLength").asInt();
                out.add(new Candidate(
                        new Fault("longer than " + max, field, Shape.OBJECT, INVALID),
                        f -> f.put(field, "x".repeat(max + 1))));
            } else if (property.path("type").asText().equals("integer")) {
                if (property.has("minimum")) {
                    BigInteger below = property.get("minimum").bigIntegerValue().subtract(BigInteger.ONE);
                    out.add(new Candidate(
                            new Fault("below its minimum", field, Shape.OBJECT, INVALID),
                            f -> f.set(field, NODES.numberNode(below))));
                }
                if (property.has("maximum")) {
                    BigInteger above = property.get("maximum").bigIntegerValue().add(BigInteger.ONE);
                    out.add(new Candidate(
                            new Fault("above its maximum", field, Shape.OBJECT, INVALID),
                            f -> f.set(field, NODES.numberNode(above))));
                }
            }
        }
        return out;
    }

    /** Values of JSON types the property's schema does not admit. */
    private static List<JsonNode> otherTypes(JsonNode property) {
        String type = property.has("const")
                ? (property.get("const").isTextual() ? "string" : "integer")
                : property.path("type").asText();
        List<JsonNode> out = new ArrayList<>(List.of(
                NODES.booleanNode(true),
                NODES.arrayNode().add(1),
                NODES.objectNode().put("a", 1)));
        if (type.equals("string")) {
            out.add(NODES.numberNode(42));
        } else {
            out.add(NODES.textNode("2"));
            out.add(NODES.numberNode(2.0));
            out.add(NODES.numberNode(1.5));
        }
        return out;
    }
}
