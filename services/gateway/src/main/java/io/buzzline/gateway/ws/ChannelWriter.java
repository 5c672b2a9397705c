package io.buzzline.gateway.ws;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

/**
 * Writes text frames straight into the connection's Netty pipeline, where Vert.x writes its own (from
 * Vert.x's handler, so the WebSocket encoder and a negotiated compressor still apply, in call order with
 * Vert.x's pings and closes). A fan-out hands the same frame text to thousands of connections in a row: its
 * UTF-8 bytes are encoded once per thread and shared, each write a view of them, where WebSockets Next
 * encoded the text once per connection and wrapped every write in a Uni with context propagation.
 *
 * <p>Frames over {@link #LARGEST_DIRECT} chars go through {@code fallback}: Vert.x splits a long message
 * into frames of the negotiated size (a host's welcome view can be large), which this writer does not.
 */
final class ChannelWriter implements FrameWriter {

    /** Up to 3 UTF-8 bytes a char: a frame this long is at most Vert.x's default 65,536-byte frame. */
    static final int LARGEST_DIRECT = 65_536 / 3;

    /** The last frame encoded on this thread: a fan-out writes one text to connection after connection. */
    private static final ThreadLocal<Encoded> LAST = new ThreadLocal<>();

    private final ChannelHandlerContext vertx;
    private final FrameWriter fallback;

    /** {@code vertx}: Vert.x's handler context in the connection's pipeline. */
    ChannelWriter(ChannelHandlerContext vertx, FrameWriter fallback) {
        this.vertx = vertx;
        this.fallback = fallback;
    }

    @Override
    public void write(String text, Runnable written, Runnable failed) {
        if (text.length() > LARGEST_DIRECT) {
            fallback.write(text, written, failed);
            return;
        }
        vertx.writeAndFlush(new TextWebSocketFrame(bytes(text))).addListener(future -> {
            if (future.isSuccess()) {
                written.run();
            } else {
                failed.run();
            }
        });
    }

    /** A view of {@code text}'s UTF-8 bytes; the bytes are shared, never released (the GC frees them). */
    private static ByteBuf bytes(String text) {
        Encoded last = LAST.get();
        if (last == null || last.text() != text) {
            last = new Encoded(
                    text, Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8))));
            LAST.set(last);
        }
        return last.bytes().duplicate();
    }

    /** Identity, not equality, decides a hit: the fan-out's frame is one String instance. */
    private record Encoded(String text, ByteBuf bytes) {}
}
