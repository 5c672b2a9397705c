package io.buzzline.redis.streams.redis;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** One stream entry as Redis returned it: its id and its fields, values kept as raw bytes. */
public record StreamEntry(String id, Map<String, byte[]> fields) {

    public StreamEntry {
        fields = Map.copyOf(fields);
    }

    /** The field as UTF-8 text, if present. */
    public Optional<String> text(String field) {
        byte[] value = fields.get(field);
        return value == null ? Optional.empty() : Optional.of(new String(value, StandardCharsets.UTF_8));
    }
}
