package io.buzzline.gateway.ws;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.core.Vertx;

import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.config.GatewayConfig;
import io.buzzline.gateway.protocol.ReconnectReason;
import io.buzzline.gateway.protocol.ServerFrameEncoder;

/**
 * This instance's open connections: the periodic WebSocket pings that measure each one's round-trip
 * time (a ping carries a nonce its pong must echo; see {@link RoundTrip}), each connection's
 * age limit, and the drain that sends every client elsewhere when the instance shuts down.
 */
@ApplicationScoped
public class Sessions {

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Map<String, Long> ageTimers = new ConcurrentHashMap<>();
    private volatile boolean draining;
    private final GatewayConfig.Socket config;
    private final Clock clock;
    private final Vertx vertx;
    private final ServerFrameEncoder encoder = new ServerFrameEncoder();
    private final Counter slowConsumers;
    private final MeterRegistry metrics;
    private final List<Gauge> connectionGauges = new ArrayList<>();
    private long pingTimer;

    public Sessions(GatewayConfig config, Vertx vertx, MeterRegistry metrics, Clock clock) {
        this.config = config.socket();
        this.vertx = vertx;
        this.clock = clock;
        this.slowConsumers = Counter.builder("buzzline.gateway.slow.consumers")
                .description("connections closed (4009) because their outbound queue filled up")
                .register(metrics);
        // Counted when scraped, not kept up to date on every hello and close: a scrape every few seconds
        // walking the open connections costs less than bookkeeping on the hot path.
        this.metrics = metrics;
        for (Role role : Role.values()) {
            connectionGauges.add(Gauge.builder("buzzline.gateway.connections", open, sessions -> count(sessions, role))
                    .description("open WebSocket connections greeted with this role")
                    .tag("role", role.group())
                    .register(metrics));
        }
    }

    private static long count(Map<String, Session> sessions, Role role) {
        long n = 0;
        for (Session session : sessions.values()) {
            Identity who = session.identity();
            if (who != null && who.role() == role) {
                n++;
            }
        }
        return n;
    }

    @PostConstruct
    void startPinging() {
        pingTimer = vertx.setPeriodic(
                config.pingInterval().toMillis(), id -> open.values().forEach(Sessions::ping));
    }

    @PreDestroy
    void stopPinging() {
        vertx.cancelTimer(pingTimer);
        // The gauges read this instance's connections: a later application in the same JVM (a test
        // restarting Quarkus) must register its own, not find these, by then dead, in the global registry.
        connectionGauges.forEach(metrics::remove);
    }

    private FrameWriter writer(WebSocketConnection connection) {
        FrameWriter through = new ConnectionWriter(connection);
        var vertxHandler = config.directWrites() ? ConnectionChannels.vertxHandler(connection) : null;
        return vertxHandler == null ? through : new ChannelWriter(vertxHandler, through);
    }

    Session opened(WebSocketConnection connection) {
        Session session = new Session(
                connection.id(),
                new Outbound(connection, writer(connection), config.outboundQueue(), slowConsumers::increment),
                new TokenBucket(config.rateBurst(), config.ratePerSecond(), System.nanoTime()),
                encoder,
                clock);
        open.put(connection.id(), session);
        if (draining) {
            session.reconnect(ReconnectReason.DRAINING);
        } else {
            ageTimers.put(
                    connection.id(),
                    vertx.setTimer(ageLimit().toMillis(), id -> session.reconnect(ReconnectReason.MAX_AGE)));
        }
        return session;
    }

    Session get(WebSocketConnection connection) {
        return open.get(connection.id());
    }

    Session closed(WebSocketConnection connection) {
        Long timer = ageTimers.remove(connection.id());
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
        return open.remove(connection.id());
    }

    /** True once the drain began: new connections are sent elsewhere at once. */
    public boolean draining() {
        return draining;
    }

    /**
     * Sends every connection the resume hint and closes it (4010), then waits up to {@code timeout} for
     * the clients to be gone; true if they all were. Blocks the calling (shutdown) thread.
     */
    public boolean drain(Duration timeout) {
        draining = true;
        Log.infof("draining %d connections (up to %s)", open.size(), timeout);
        open.values().forEach(session -> session.reconnect(ReconnectReason.DRAINING));
        Instant until = clock.instant().plus(timeout);
        while (!open.isEmpty() && clock.instant().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (!open.isEmpty()) {
            Log.warnf("%d connections still open after the drain; they are cut", open.size());
        }
        return open.isEmpty();
    }

    /** This connection's age limit: the maximum age less a random share of the spread. */
    private Duration ageLimit() {
        long spread = config.connectionAgeSpread().toMillis();
        long limit = config.maxConnectionAge().toMillis()
                - (spread <= 0 ? 0 : ThreadLocalRandom.current().nextLong(spread + 1));
        return Duration.ofMillis(Math.max(1, limit));
    }

    static void ping(Session session) {
        long nonce = session.roundTrip().ping(System.nanoTime());
        session.out()
                .ping(Buffer.buffer(
                        ByteBuffer.allocate(Long.BYTES).putLong(nonce).array()));
    }

    /** Records the round trip of a pong that answers one of this connection's pings; ignores any other. */
    static void pong(Session session, Buffer payload) {
        if (payload.length() == Long.BYTES) {
            session.roundTrip().pong(payload.getLong(0), System.nanoTime());
        }
    }
}
