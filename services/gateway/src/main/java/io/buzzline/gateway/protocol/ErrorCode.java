package io.buzzline.gateway.protocol;

/**
 * The gateway's own error codes. Commands match refused carry the engine's rejection code instead
 * (io.buzzline.engine.Rejection), for example {@code DUPLICATE_BUZZ}.
 */
public enum ErrorCode {
    /** The frame is larger than the configured limit. */
    FRAME_TOO_LARGE,
    /** The frame is not a JSON object. */
    MALFORMED_FRAME,
    /** The frame's {@code type} is missing or unknown. */
    UNKNOWN_TYPE,
    /** A field is missing, of the wrong type, too long, or not allowed. */
    INVALID_FRAME,
    /** The hello asks for a protocol version this server does not speak. */
    UNSUPPORTED_VERSION,
    /** A frame other than hello (or ping) arrived before the hello. */
    HELLO_REQUIRED,
    /** A second hello on the same connection. */
    ALREADY_GREETED,
    /** The token is missing, expired, not signed by the lobby or lacks a claim. */
    INVALID_TOKEN,
    /** The resume sequence is beyond the game's log. */
    INVALID_RESUME,
    /** The command is not allowed for this connection's role. */
    FORBIDDEN,
    /** The connection sends faster than its token bucket allows. */
    RATE_LIMITED,
    /** Match's command stream could not take the command; the client may retry. */
    UNAVAILABLE
}
