package io.buzzline.gateway.support;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.buzzline.gateway.protocol.Protocol;

import static org.awaitility.Awaitility.await;

/**
 * A client that behaves as docs/protocol.md asks: whenever its connection ends (a 4010 resume hint, a
 * 4009, a broken socket) it connects again to wherever {@code target} points and resumes with the last
 * sequence it received. Records every event frame of every connection, in arrival order.
 */
public final class ResumingClient implements AutoCloseable {

    private static final Set<Integer> RESUME_AT_ONCE =
            Set.of((int) Protocol.CLOSE_RECONNECT, (int) Protocol.CLOSE_SLOW_CONSUMER);

    private final Supplier<URI> target;
    private final String token;
    private final List<WsClient> connections = new CopyOnWriteArrayList<>();
    private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService reconnector = Executors.newSingleThreadScheduledExecutor();
    private volatile Long lastSequence;
    private volatile boolean stopped;

    private ResumingClient(Supplier<URI> target, String token, Long lastSequence) {
        this.target = target;
        this.token = token;
        this.lastSequence = lastSequence;
    }

    /** Connects, greets and returns once the first welcome arrived. */
    public static ResumingClient start(Supplier<URI> target, String token) {
        ResumingClient client = new ResumingClient(target, token, null);
        client.open();
        await().atMost(Duration.ofSeconds(30)).until(() -> client.current() != null && client.welcomed());
        return client;
    }

    /** The connection in use (the latest one). */
    public WsClient current() {
        return connections.isEmpty() ? null : connections.getLast();
    }

    /** The sequences of every event frame received, over all connections, in arrival order. */
    public List<Long> sequences() {
        List<Long> all = new ArrayList<>();
        connections.forEach(c -> all.addAll(c.sequences()));
        return all;
    }

    /** Every frame of {@code type} received over all connections. */
    public List<JsonNode> frames(String type) {
        List<JsonNode> all = new ArrayList<>();
        connections.forEach(c -> all.addAll(c.frames(type)));
        return all;
    }

    /** How each connection so far ended (-1: broken without a close frame). */
    public List<Integer> closeCodes() {
        return List.copyOf(closeCodes);
    }

    /** Where the first connection's delivery started (its welcome's {@code deliveredFrom}). */
    public long firstDeliveredFrom() {
        return connections
                .getFirst()
                .frames("welcome")
                .getFirst()
                .path("deliveredFrom")
                .asLong();
    }

    /** How many connections this client opened so far. */
    public int connectionCount() {
        return connections.size();
    }

    public void awaitSequence(long sequence, Duration atMost) {
        await().atMost(atMost).until(() -> sequences().contains(sequence));
    }

    /** Sends on the current connection once it is greeted; false if it closed meanwhile. */
    public boolean send(ObjectNode frame) {
        await().atMost(Duration.ofSeconds(30)).until(this::welcomed);
        return current().trySendRaw(frame.toString());
    }

    private boolean welcomed() {
        WsClient client = current();
        return client != null && !client.frames("welcome").isEmpty();
    }

    private void open() {
        if (stopped) {
            return;
        }
        try {
            WsClient client = WsClient.connect(target.get(), this::closed);
            connections.add(client);
            client.trySendRaw(WsClient.hello(token, lastSequence).toString());
        } catch (RuntimeException e) {
            // Nothing listens there (a killed instance): try again, the target may point elsewhere now.
            reconnector.schedule(this::open, 200, TimeUnit.MILLISECONDS);
        }
    }

    private void closed(WsClient client, int code) {
        closeCodes.add(code);
        Long seen = client.resumeFrom();
        if (seen != null) {
            lastSequence = seen;
        }
        long delay = RESUME_AT_ONCE.contains(code) ? 0 : 100;
        if (!stopped) {
            reconnector.schedule(this::open, delay, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        stopped = true;
        reconnector.shutdownNow();
        connections.forEach(WsClient::close);
    }
}
