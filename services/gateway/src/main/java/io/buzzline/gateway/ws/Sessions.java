package io.buzzline.gateway.ws;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.core.Vertx;

import io.buzzline.gateway.config.GatewayConfig;
import io.buzzline.gateway.protocol.ServerFrameEncoder;

/**
 * This instance's open connections, and the periodic WebSocket pings that measure each one's
 * round-trip time. A ping carries the server's send time, so a pong alone yields the sample.
 */
@ApplicationScoped
public class Sessions {

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final GatewayConfig.Socket config;
    private final Vertx vertx;
    private final ServerFrameEncoder encoder = new ServerFrameEncoder();
    private long pingTimer;

    public Sessions(GatewayConfig config, Vertx vertx) {
        this.config = config.socket();
        this.vertx = vertx;
    }

    @PostConstruct
    void startPinging() {
        pingTimer = vertx.setPeriodic(
                config.pingInterval().toMillis(), id -> open.values().forEach(Sessions::ping));
    }

    @PreDestroy
    void stopPinging() {
        vertx.cancelTimer(pingTimer);
    }

    Session opened(WebSocketConnection connection) {
        Session session = new Session(
                connection.id(),
                new Outbound(connection, config.outboundQueue()),
                new TokenBucket(config.rateBurst(), config.ratePerSecond(), System.nanoTime()),
                encoder);
        open.put(connection.id(), session);
        return session;
    }

    Session get(WebSocketConnection connection) {
        return open.get(connection.id());
    }

    Session closed(WebSocketConnection connection) {
        return open.remove(connection.id());
    }

    static void ping(Session session) {
        session.out()
                .ping(Buffer.buffer(ByteBuffer.allocate(Long.BYTES)
                        .putLong(System.nanoTime())
                        .array()));
    }

    /** Records the round trip a pong reports, if it answers one of our pings. */
    static void pong(Session session, Buffer payload) {
        if (payload.length() == Long.BYTES) {
            long sentAt = payload.getLong(0);
            session.roundTrip().record((System.nanoTime() - sentAt) / 1_000_000);
        }
    }
}
