package io.buzzline.events.json;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one strict Jackson configuration for the model: missing fields, nulls for numbers and trailing
 * garbage are all errors, and every error is rewritten to name its field path. A field this build does not
 * know is ignored: the model only travels between our own services, and a rollout runs old and new
 * revisions side by side, so an old reader must take what a newer writer added (a new reader fills in
 * what an old writer lacks: {@link LaterFields}). What clients and callers send is checked elsewhere,
 * strictly (the gateway's frame decoder, libs/problems {@code StrictJson}).
 */
final class ModelJson {

    private ModelJson() {}

    static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** Rewrites a Jackson failure as "path.to.field: what is wrong", prefixed by {@code where}. */
    static ModelDecodingException describe(String where, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return new ModelDecodingException(where + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        String path = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        String prefix = path.isEmpty() ? where : where + "." + path;
        return switch (mapping) {
            case UnrecognizedPropertyException u ->
                new ModelDecodingException(prefix + ": unknown field (known: " + u.getKnownPropertyIds() + ")", e);
            case ValueInstantiationException v
            when v.getCause() instanceof IllegalArgumentException iae ->
                new ModelDecodingException(prefix + "." + iae.getMessage(), e);
            case InvalidTypeIdException t -> new ModelDecodingException(prefix + ": " + t.getOriginalMessage(), e);
            // Jackson puts the missing property itself at the end of the path.
            case MismatchedInputException m
            when m.getOriginalMessage().startsWith("Missing creator property") ->
                new ModelDecodingException(prefix + ": missing required field", e);
            default -> new ModelDecodingException(prefix + ": " + firstLine(mapping.getOriginalMessage()), e);
        };
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
