package io.buzzline.gateway.ws;

import io.quarkus.websockets.next.WebSocketConnection;

/** Writes through WebSockets Next: what {@link ChannelWriter} falls back on, and the writer of tests' fakes. */
final class ConnectionWriter implements FrameWriter {

    private final WebSocketConnection connection;

    ConnectionWriter(WebSocketConnection connection) {
        this.connection = connection;
    }

    @Override
    public void write(String text, Runnable written, Runnable failed) {
        connection.sendText(text).subscribe().with(ok -> written.run(), failure -> failed.run());
    }
}
