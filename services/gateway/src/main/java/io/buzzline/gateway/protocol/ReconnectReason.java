package io.buzzline.gateway.protocol;

/** Why the server sends {@code reconnect} and closes with 4010; the client resumes the same way for both. */
public enum ReconnectReason {
    /** The connection reached its maximum age, set below the platform's request timeout. */
    MAX_AGE,
    /** This instance is shutting down (SIGTERM): resume on another one. */
    DRAINING
}
