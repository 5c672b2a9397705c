package io.buzzline.gateway.ws;

import java.io.IOException;

import io.quarkus.logging.Log;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

import io.buzzline.gateway.protocol.Protocol;

/**
 * The one WebSocket endpoint for players, hosts and spectators (docs/protocol.md). Everything runs on
 * the event loop and never blocks; {@link FrameHandler} does the work.
 */
@WebSocket(path = Protocol.PATH)
public class GameSocket {

    private final Sessions sessions;
    private final FrameHandler frames;

    public GameSocket(Sessions sessions, FrameHandler frames) {
        this.sessions = sessions;
        this.frames = frames;
    }

    @OnOpen
    @NonBlocking
    void open(WebSocketConnection connection) {
        Session session = sessions.opened(connection);
        frames.opened(session);
        // The guard runs in Netty, outside any Vert.x context: come back to this connection's to answer.
        Context context = Vertx.currentContext();
        ConnectionChannels.guard(connection).onInvalid(() -> context.runOnContext(ignored -> frames.notUtf8(session)));
    }

    @OnTextMessage
    @NonBlocking
    void text(String text, WebSocketConnection connection) {
        Session session = sessions.get(connection);
        if (session != null) {
            frames.received(session, text);
        }
    }

    /** The protocol is JSON text: a binary frame is refused with an error frame, not dropped unanswered. */
    @OnBinaryMessage
    @NonBlocking
    void binary(Buffer data, WebSocketConnection connection) {
        Session session = sessions.get(connection);
        if (session != null) {
            frames.binary(session, data.length());
        }
    }

    @OnPongMessage
    @NonBlocking
    void pong(Buffer payload, WebSocketConnection connection) {
        Session session = sessions.get(connection);
        if (session != null) {
            Sessions.pong(session, payload);
        }
    }

    /** A peer that vanished (reset, broken pipe) is routine for phones; its close follows. Other errors keep the default handling. */
    @OnError
    @NonBlocking
    void error(IOException failure, WebSocketConnection connection) {
        Log.debugf("connection %s failed: %s", connection.id(), failure.toString());
    }

    /**
     * The transport refuses a message over {@code quarkus.websockets-next.server.max-message-size} with an
     * IllegalStateException (Vert.x's message names the limit): that one is explained with an error frame
     * and closed 1009 (RFC 6455: message too big) instead of the bare 1011 of an unhandled error.
     */
    @OnError
    @NonBlocking
    void error(IllegalStateException failure, WebSocketConnection connection) {
        Session session = sessions.get(connection);
        String message = String.valueOf(failure.getMessage());
        if (session != null && message.contains("max message size")) {
            frames.overTransportLimit(session);
            return;
        }
        Log.errorf(failure, "connection %s failed", connection.id());
        connection
                .close(new CloseReason(CloseReason.INTERNAL_SERVER_ERROR.getCode(), "internal error"))
                .subscribe()
                .with(ok -> {}, closeFailure -> {});
    }

    @OnClose
    @NonBlocking
    void close(WebSocketConnection connection) {
        Session session = sessions.closed(connection);
        if (session != null) {
            frames.closed(session);
        }
    }
}
