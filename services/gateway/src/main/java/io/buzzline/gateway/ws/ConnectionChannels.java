package io.buzzline.gateway.ws;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.channel.ChannelHandlerContext;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Keeps, for each connection upgrading to the game socket, Vert.x's handler context in its Netty pipeline
 * (in the connection's user data), which {@link ChannelWriter} writes through. WebSockets Next exposes no
 * channel; the HTTP request does, through Vert.x's connection, and the upgrade keeps that handler in place.
 */
@ApplicationScoped
public class ConnectionChannels implements HttpUpgradeCheck {

    private static final UserData.TypedKey<ChannelHandlerContext> VERTX_HANDLER =
            new UserData.TypedKey<>("buzzline.vertx-handler");

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        if (context.httpRequest().connection() instanceof ConnectionBase connection) {
            context.userData().put(VERTX_HANDLER, connection.channelHandlerContext());
        }
        return CheckResult.permitUpgrade();
    }

    /** Vert.x's handler context in {@code connection}'s pipeline, or null when it was not found. */
    static ChannelHandlerContext vertxHandler(WebSocketConnection connection) {
        return connection.userData().get(VERTX_HANDLER);
    }
}
