package io.buzzline.redis.streams.outgoing;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;

import io.buzzline.redis.streams.StreamFields;

/**
 * Encodes a payload by its type: text as text/plain, bytes as application/octet-stream, anything else
 * as JSON with the application's ObjectMapper.
 */
public final class PayloadEncoder {

    private final ObjectMapper mapper;

    public PayloadEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** An encoded payload and its MIME type. */
    public record Encoded(byte[] bytes, String contentType) {}

    public Encoded encode(Object payload) {
        return switch (payload) {
            case String text -> new Encoded(text.getBytes(StandardCharsets.UTF_8), StreamFields.TEXT);
            case byte[] bytes -> new Encoded(bytes, StreamFields.BINARY);
            case Buffer buffer -> new Encoded(buffer.getBytes(), StreamFields.BINARY);
            case io.vertx.core.buffer.Buffer buffer -> new Encoded(buffer.getBytes(), StreamFields.BINARY);
            case JsonObject json -> json(json.encode());
            case JsonArray json -> json(json.encode());
            default -> json(toJson(payload));
        };
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot encode " + payload.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Encoded json(String json) {
        return new Encoded(json.getBytes(StandardCharsets.UTF_8), StreamFields.JSON);
    }
}
