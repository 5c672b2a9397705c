package io.buzzline.redis.streams.outgoing;

import java.util.HashMap;
import java.util.Map;

/**
 * Optional metadata of an outgoing message: another stream than the channel's (for example one per game,
 * with a hash tag), the message id to write (default: a random UUID) and extra headers written as
 * {@code header.<name>} fields (trace context, causation ids...).
 */
public record OutgoingRedisStreamsMetadata(String stream, String messageId, Map<String, String> headers) {

    public OutgoingRedisStreamsMetadata {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static OutgoingRedisStreamsMetadata empty() {
        return new OutgoingRedisStreamsMetadata(null, null, Map.of());
    }

    public OutgoingRedisStreamsMetadata withStream(String newStream) {
        return new OutgoingRedisStreamsMetadata(newStream, messageId, headers);
    }

    public OutgoingRedisStreamsMetadata withMessageId(String newMessageId) {
        return new OutgoingRedisStreamsMetadata(stream, newMessageId, headers);
    }

    public OutgoingRedisStreamsMetadata withHeader(String name, String value) {
        Map<String, String> copy = new HashMap<>(headers);
        copy.put(name, value);
        return new OutgoingRedisStreamsMetadata(stream, messageId, copy);
    }
}
