package io.buzzline.problems;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in words where and why a JSON body could not be read: the line and column, the field path and
 * the JSON type that was expected. Never Jackson's message, which names Java classes.
 */
final class JsonProblems {

    private JsonProblems() {}

    /** The slug, a sentence and (when a field is to blame) the violation for a body Jackson refused. */
    record Described(String slug, String detail, Problem.Violation violation) {}

    static Described describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && e.getCause() instanceof StreamReadException broken) {
            // Databind wraps the parser's complaint when the text breaks off inside a value.
            String field = path(mapping);
            String near = field.isEmpty() ? "" : " (in '" + field + "')";
            return new Described(
                    "malformed-json", "The body is not valid JSON" + where(broken.getLocation()) + near + ".", null);
        }
        String where = where(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            String allowed = unknown.getKnownPropertyIds() == null
                    ? ""
                    : " Allowed here: "
                            + unknown.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ".";
            String message = "unknown field";
            return new Described(
                    "unknown-field",
                    "The body has a field this operation does not take: '" + field + "'" + where + "." + allowed,
                    new Problem.Violation(field, "body", message));
        }
        if (e instanceof MismatchedInputException mismatch && isTrailing(mismatch)) {
            return new Described(
                    "malformed-json",
                    "The body has more after its JSON value" + where + "; send exactly one JSON value.",
                    null);
        }
        if (e instanceof MismatchedInputException mismatch && isCutShort(mismatch)) {
            return new Described("malformed-json", "The body ends before its JSON value does" + where + ".", null);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping);
            Class<?> target = mapping instanceof MismatchedInputException m ? m.getTargetType() : null;
            String expected = target == null ? "a different value" : expected(target);
            String message = "must be " + expected;
            String subject = field.isEmpty() ? "The body" : "'" + field + "'";
            return new Described(
                    "wrong-json-type",
                    subject + " has the wrong JSON type" + where + ": it " + message + ".",
                    new Problem.Violation(field.isEmpty() ? "$" : field, "body", message));
        }
        String pointer = e.getProcessor() instanceof JsonParser parser
                ? parser.getParsingContext().pathAsPointer().toString()
                : "";
        String near = pointer.isEmpty() ? "" : " (in '" + pointer.substring(1).replace('/', '.') + "')";
        return new Described("malformed-json", "The body is not valid JSON" + where + near + ".", null);
    }

    private static boolean isTrailing(MismatchedInputException e) {
        String original = e.getOriginalMessage();
        return original != null && original.startsWith("Trailing token");
    }

    /** Jackson reports a body that stops inside a value as a mismatch; for a client it is broken JSON. */
    private static boolean isCutShort(MismatchedInputException e) {
        String original = e.getOriginalMessage();
        return original != null && original.contains("end-of-input");
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The field path in the notation the documents use: {@code rounds[0].questions}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The JSON a field of this Java type takes, in JSON's own words. */
    static String expected(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .toList();
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date string (yyyy-mm-dd)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "a date-time string";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a different value";
    }

    static List<Problem.Violation> violations(Described described) {
        return described.violation() == null ? null : List.of(described.violation());
    }
}
