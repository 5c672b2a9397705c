package io.buzzline.redis.streams.incoming;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.buzzline.redis.streams.StreamFields;
import io.buzzline.redis.streams.redis.StreamEntry;

/**
 * Turns an entry into a payload and metadata. JSON and text payloads become a String (typed methods get
 * JSON through {@link JsonPayloadConverter}), binary ones a byte[]; an entry written by someone else
 * without a {@code payload} field is handed over as the map of its fields.
 */
final class EntryDecoder {

    private final IncomingSettings settings;

    EntryDecoder(IncomingSettings settings) {
        this.settings = settings;
    }

    IncomingRedisStreamsMetadata metadata(Delivery delivery) {
        StreamEntry entry = delivery.entry();
        Map<String, String> headers = new HashMap<>();
        entry.fields().forEach((name, value) -> {
            if (name.startsWith(StreamFields.HEADER_PREFIX)) {
                headers.put(name.substring(StreamFields.HEADER_PREFIX.length()), text(value));
            }
        });
        return new IncomingRedisStreamsMetadata(
                settings.stream(),
                settings.group(),
                settings.consumer(),
                entry.id(),
                delivery.deliveryCount(),
                entry.text(StreamFields.MESSAGE_ID).orElse(entry.id()),
                entry.text(StreamFields.CONTENT_TYPE).orElse(null),
                headers);
    }

    Object payload(StreamEntry entry) {
        byte[] payload = entry.fields().get(StreamFields.PAYLOAD);
        if (payload == null) {
            Map<String, String> fields = new HashMap<>();
            entry.fields().forEach((name, value) -> fields.put(name, text(value)));
            return fields;
        }
        boolean binary = entry.text(StreamFields.CONTENT_TYPE)
                .map(StreamFields.BINARY::equals)
                .orElse(false);
        return binary ? payload : text(payload);
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }
}
