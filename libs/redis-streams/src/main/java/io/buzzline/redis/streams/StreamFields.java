package io.buzzline.redis.streams;

/**
 * Field names of the entries the connector writes: the wire format shared by producers, consumers,
 * the dead-letter stream and anyone reading a stream with redis-cli.
 */
public final class StreamFields {

    /** The encoded payload. */
    public static final String PAYLOAD = "payload";
    /** MIME type of the payload: application/json, text/plain or application/octet-stream. */
    public static final String CONTENT_TYPE = "content-type";
    /** The producer's message id, stable across redeliveries (for idempotent consumers). */
    public static final String MESSAGE_ID = "message-id";
    /** Prefix of header fields, e.g. {@code header.traceparent}. */
    public static final String HEADER_PREFIX = "header.";

    /** Dead-letter fields, added next to the original entry's fields. */
    public static final String DLQ_REASON = "dead-letter-reason";

    public static final String DLQ_CAUSE = "dead-letter-cause";
    public static final String DLQ_STREAM = "dead-letter-stream";
    public static final String DLQ_GROUP = "dead-letter-group";
    public static final String DLQ_ENTRY_ID = "dead-letter-entry-id";
    public static final String DLQ_DELIVERIES = "dead-letter-deliveries";

    public static final String JSON = "application/json";
    public static final String TEXT = "text/plain";
    public static final String BINARY = "application/octet-stream";

    private StreamFields() {}
}
