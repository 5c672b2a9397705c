package io.buzzline.gateway.ws;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

import io.buzzline.gateway.protocol.Utf8Check;

/**
 * Sits in one connection's Netty pipeline in front of Vert.x, which decodes text frames leniently (an
 * invalid byte becomes U+FFFD) and builds its WebSocket decoder without Netty's UTF-8 validator: checks
 * every text message's bytes, fragments included, before they become a String. The first message that is
 * not UTF-8 is dropped with every data frame after it, and {@link #onInvalid} is told once; control frames
 * (close, ping, pong) still pass so the close handshake completes. Runs on the connection's event loop.
 */
final class Utf8Guard extends ChannelInboundHandlerAdapter {

    /** This handler's name in the pipeline. */
    static final String NAME = "buzzline-utf8-guard";

    private final Utf8Check check = new Utf8Check();
    private boolean inText; // the message being fragmented is a text message
    private volatile boolean invalid;
    private boolean told;
    private Runnable onInvalid;

    /** What to do about a message that is not UTF-8; runs at once if one already arrived. */
    synchronized void onInvalid(Runnable action) {
        onInvalid = action;
        tell();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof WebSocketFrame frame) || !isData(frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (!invalid && valid(frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        invalid = true;
        frame.release();
        tell();
    }

    private static boolean isData(WebSocketFrame frame) {
        return frame instanceof TextWebSocketFrame
                || frame instanceof ContinuationWebSocketFrame
                || frame instanceof BinaryWebSocketFrame;
    }

    private boolean valid(WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame) {
            check.reset();
            inText = true;
        } else if (frame instanceof BinaryWebSocketFrame) {
            inText = false;
        }
        if (!inText) {
            return true;
        }
        ByteBuf content = frame.content();
        if (content.forEachByte(check::next) != -1) {
            return false;
        }
        if (frame.isFinalFragment()) {
            inText = false;
            return check.complete();
        }
        return true;
    }

    // Synchronized because the endpoint may bind from another thread than the event loop; only the rare
    // paths (binding, the first invalid message) take the lock.
    private synchronized void tell() {
        if (invalid && !told && onInvalid != null) {
            told = true;
            onInvalid.run();
        }
    }
}
