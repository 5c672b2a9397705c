package io.buzzline.problems;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads JSON exactly as the OpenAPI documents describe it: one value and nothing after it, no
 * unknown fields, no guessing (1.5 is not an int, 12 is not a string, "12" is not a number). Absent or
 * null primitives keep their default (0, false) so optional fields stay optional; Bean Validation
 * then refuses a 0 where the document sets a minimum. Applies to the service's ObjectMapper, so a REST client that must tolerate new fields from
 * another service says so on its own records with {@code @JsonIgnoreProperties(ignoreUnknown = true)}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        fail(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        fail(
                mapper,
                LogicalType.Integer,
                CoercionInputShape.String,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
        mapper.registerModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new DateString()));
    }

    /**
     * A date is the string the documents show ({@code "2099-01-31"}). Jackson's own reader also takes
     * {@code [2099, 1, 31]} and reads {@code []} as no date at all (issue 18's contract suite found a quest
     * with {@code "endsOn": []} accepted); registered after Quarkus' time module, so it is asked first.
     */
    static final class DateString extends StdScalarDeserializer<LocalDate> {

        DateString() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        }
    }

    /** Last, so Quarkus' own customizer (quarkus.jackson.* defaults) cannot loosen these again. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    private static void fail(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
