package io.buzzline.gateway.protocol;

/** Constants of the WebSocket protocol (docs/protocol.md), shared by the code and the tests. */
public final class Protocol {

    /** The one path of the endpoint, for players, hosts and spectators. */
    public static final String PATH = "/ws";

    /**
     * The current protocol version (the hello's {@code v}): 3, version 2 with fewer frames per decision (the
     * events of one append in one frame; a buzz answered by its own event or its error, without an ack).
     */
    public static final int VERSION = 3;

    /**
     * The oldest version still served: 2, per-role views for crowds (a player receives its own events and
     * aggregates, not every player's), one event per frame. Version 1 broadcast every player's join, buzz
     * and score and is refused.
     */
    public static final int OLDEST_VERSION = 2;

    /** Most standings one {@code board} frame may ask for. */
    public static final int MAX_BOARD_PAGE = 100;

    /** Longest client message id, question id, answer or player id accepted. */
    public static final int MAX_FIELD_LENGTH = 200;

    /** Longest token accepted. */
    public static final int MAX_TOKEN_LENGTH = 4096;

    /** Close code: no valid hello in time, or the token was refused. */
    public static final short CLOSE_UNAUTHENTICATED = 4001;

    /**
     * Close code (RFC 6455 "message too big"): a message over the transport's limit, which the gateway
     * cannot read; smaller frames over {@code max-frame-bytes} only get an error frame.
     */
    public static final short CLOSE_TOO_BIG = 1009;

    /**
     * Close code (RFC 6455 "invalid frame payload data", §8.1): a text frame that is not UTF-8; a
     * {@code MALFORMED_FRAME} error frame precedes it.
     */
    public static final short CLOSE_INVALID_DATA = 1007;

    /** Close code: too many error frames (abusive client). */
    public static final short CLOSE_POLICY = 4008;

    /** Close code: the client did not read fast enough; the reason says from where to resume. */
    public static final short CLOSE_SLOW_CONSUMER = 4009;

    /**
     * Close code: resume now, on any instance, with {@code lastSequence}: the connection reached its
     * maximum age or this instance is draining; a {@code reconnect} frame precedes the close.
     */
    public static final short CLOSE_RECONNECT = 4010;

    private Protocol() {}
}
