package io.buzzline.gateway.ws;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.channel.ChannelHandlerContext;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Puts a {@link Utf8Guard} in front of Vert.x on every connection upgrading to the game socket, and
 * hands it to the endpoint through the connection's user data. WebSockets Next offers no hook on the
 * frames' bytes (an {@code @OnTextMessage} Buffer or byte[] is re-encoded from the String Vert.x already
 * decoded), so the check has to sit in the Netty pipeline, installed while the request is still HTTP:
 * the upgrade swaps the HTTP codec for the WebSocket one in place, so the guard ends up between the
 * WebSocket decoder (and its inflater) and Vert.x.
 */
@ApplicationScoped
public class Utf8GuardInstaller implements HttpUpgradeCheck {

    private static final UserData.TypedKey<Utf8Guard> GUARD = new UserData.TypedKey<>("buzzline.utf8-guard");

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
        return CheckResult.permitUpgrade();
    }

    /** The connection's guard, installed before its upgrade. */
    static Utf8Guard guard(WebSocketConnection connection) {
        return connection.userData().get(GUARD);
    }
}
