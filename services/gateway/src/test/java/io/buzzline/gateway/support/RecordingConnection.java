package io.buzzline.gateway.support;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/**
 * A WebSocket connection without a socket, for unit tests of what the gateway writes: it records every
 * text frame and close, and finishes each write as {@code write} does (at once, or never for a client
 * that stopped reading). Any other call fails the test.
 */
public final class RecordingConnection {

    private final List<String> written = new ArrayList<>();
    private final List<CloseReason> closes = new ArrayList<>();
    private final WebSocketConnection connection;

    private RecordingConnection(Uni<Void> write) {
        connection = (WebSocketConnection) Proxy.newProxyInstance(
                WebSocketConnection.class.getClassLoader(),
                new Class<?>[] {WebSocketConnection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "sendText" -> {
                        written.add((String) args[0]);
                        yield write;
                    }
                    case "close" -> {
                        closes.add((CloseReason) args[0]);
                        yield Uni.createFrom().voidItem();
                    }
                    case "id" -> "c1";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Every write finishes at once. */
    public static RecordingConnection instant() {
        return new RecordingConnection(Uni.createFrom().voidItem());
    }

    /** The first write never finishes, as with a client that stopped reading. */
    public static RecordingConnection stalled() {
        return new RecordingConnection(Uni.createFrom().nothing());
    }

    public WebSocketConnection connection() {
        return connection;
    }

    public List<String> written() {
        return written;
    }

    public List<CloseReason> closes() {
        return closes;
    }
}
