package io.buzzline.redis.streams.incoming;

import java.util.Map;

/**
 * What the consuming method may know about an entry: where it came from, its entry id, how many times
 * the group delivered it (1 the first time; more after a nack, a crash or a claim), the producer's
 * message id (the key for idempotence) and the headers.
 */
public record IncomingRedisStreamsMetadata(
        String stream,
        String group,
        String consumer,
        String entryId,
        int deliveryCount,
        String messageId,
        String contentType,
        Map<String, String> headers) {

    public IncomingRedisStreamsMetadata {
        headers = Map.copyOf(headers);
    }

    public boolean isRedelivery() {
        return deliveryCount > 1;
    }
}
