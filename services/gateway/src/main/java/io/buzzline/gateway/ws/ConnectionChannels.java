package io.buzzline.gateway.ws;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.channel.ChannelHandlerContext;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * What the gateway needs from each connection's Netty pipeline, set up while the request upgrading to the
 * game socket is still HTTP and handed to the endpoint in the connection's user data. WebSockets Next
 * exposes no channel (and an {@code @OnTextMessage} Buffer or byte[] is re-encoded from the String Vert.x
 * already decoded); the HTTP request does, through Vert.x's connection (a Vert.x internal), and the upgrade
 * swaps the HTTP codec for the WebSocket one in place, keeping Vert.x's handler where it was:
 *
 * <ul>
 *   <li>a {@link Utf8Guard} right in front of Vert.x's handler, between the WebSocket decoder (and its
 *       inflater) and Vert.x, which would decode invalid UTF-8 leniently;
 *   <li>Vert.x's handler context, which {@link ChannelWriter} writes frames through.
 * </ul>
 */
@ApplicationScoped
public class ConnectionChannels implements HttpUpgradeCheck {

    private static final UserData.TypedKey<Utf8Guard> GUARD = new UserData.TypedKey<>("buzzline.utf8-guard");
    private static final UserData.TypedKey<ChannelHandlerContext> VERTX_HANDLER =
            new UserData.TypedKey<>("buzzline.vertx-handler");

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        // Vert.x's HTTP/1.1 connection is Netty's handler context for it: the guard goes right before it.
        ChannelHandlerContext vertx = ((ConnectionBase) context.httpRequest().connection()).channelHandlerContext();
        // An upgrade refused after this check leaves the guard on the keep-alive connection: reuse it.
        Utf8Guard guard = (Utf8Guard) vertx.pipeline().get(Utf8Guard.NAME);
        if (guard == null) {
            guard = new Utf8Guard();
            vertx.pipeline().addBefore(vertx.name(), Utf8Guard.NAME, guard);
        }
        context.userData().put(GUARD, guard);
        context.userData().put(VERTX_HANDLER, vertx);
        return CheckResult.permitUpgrade();
    }

    /** The connection's UTF-8 guard, installed before its upgrade. */
    static Utf8Guard guard(WebSocketConnection connection) {
        return connection.userData().get(GUARD);
    }

    /** Vert.x's handler context in {@code connection}'s pipeline. */
    static ChannelHandlerContext vertxHandler(WebSocketConnection connection) {
        return connection.userData().get(VERTX_HANDLER);
    }
}
