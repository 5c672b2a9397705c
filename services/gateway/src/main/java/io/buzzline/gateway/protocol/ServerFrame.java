package io.buzzline.gateway.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import io.buzzline.gateway.view.GameView;

/** A frame the server sends. The set is closed: a {@code switch} over it needs no {@code default}. */
public sealed interface ServerFrame
        permits ServerFrame.Welcome,
                ServerFrame.Event,
                ServerFrame.Ack,
                ServerFrame.Pong,
                ServerFrame.Error,
                ServerFrame.Reconnect {

    /**
     * Answers hello: who the connection is and the game as of {@code view.sequence()}. Events follow from
     * {@code deliveredFrom} + 1 on: the hello's {@code lastSequence} when resuming, else the view's.
     */
    record Welcome(String id, int version, String role, String subject, long deliveredFrom, GameView view)
            implements ServerFrame {}

    /** One game event as this connection may see it, in the canonical event JSON. */
    record Event(long sequence, JsonNode event) implements ServerFrame {}

    /** The command of client message {@code id} reached match's command stream as {@code commandId}. */
    record Ack(String id, String commandId) implements ServerFrame {}

    /** Answers ping with the echoed client time, the server time and this connection's measured RTT. */
    record Pong(String id, Long clientTime, long serverTime, long rttMillis) implements ServerFrame {}

    /** Something the client sent was refused; {@code id} names its message when known. */
    record Error(String id, String code, String message) implements ServerFrame {}

    /**
     * The server is about to close this connection (close code 4010) for {@code reason} ({@code MAX_AGE} or
     * {@code DRAINING}): resume at once on any instance. {@code lastSequence} is the last event sent before
     * this frame (or the welcome's {@code deliveredFrom}); null before the welcome.
     */
    record Reconnect(ReconnectReason reason, Long lastSequence) implements ServerFrame {}
}
