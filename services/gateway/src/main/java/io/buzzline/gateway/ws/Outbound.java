package io.buzzline.gateway.ws;

import java.util.ArrayDeque;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;

import io.buzzline.gateway.protocol.Protocol;

/**
 * A connection's bounded, ordered outbound queue. One frame is written at a time, the next when the
 * previous one left, so frames keep their order whatever thread queues them. A client that lets the
 * queue fill up is closed with a resume hint instead of slowing anyone else down.
 */
public final class Outbound {

    private final WebSocketConnection connection;
    private final int bound;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean writing;
    private boolean closed;
    private long deliveredUpTo;

    public Outbound(WebSocketConnection connection, int bound) {
        this.connection = connection;
        this.bound = bound;
    }

    /** Queues {@code text}; false when the connection is closed or was just closed for being too slow. */
    public boolean send(String text) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (queue.size() >= bound) {
                closed = true;
                queue.clear();
            } else {
                queue.add(text);
                if (writing) {
                    return true;
                }
                writing = true;
            }
        }
        if (isClosed()) {
            closeSlow();
            return false;
        }
        writeNext();
        return true;
    }

    /**
     * The highest event sequence this connection has been handed so far (for the slow-consumer close
     * reason); the client's own last-seen sequence is what it resumes from.
     */
    public synchronized void delivered(long sequence) {
        deliveredUpTo = sequence;
    }

    public void ping(Buffer payload) {
        if (!isClosed()) {
            connection.sendPing(payload).subscribe().with(ok -> {}, failure -> {});
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Closes the connection with {@code code} and {@code reason} once what was queued before is written. */
    public void close(short code, String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        connection.close(new CloseReason(code, reason)).subscribe().with(ok -> {}, failure -> {});
    }

    /** Marks the queue dead after the peer went away. */
    public synchronized void disconnected() {
        closed = true;
        queue.clear();
    }

    private void closeSlow() {
        long from;
        synchronized (this) {
            from = deliveredUpTo;
        }
        connection
                .close(new CloseReason(
                        Protocol.CLOSE_SLOW_CONSUMER,
                        "slow consumer; resume with lastSequence (queued up to " + from + ")"))
                .subscribe()
                .with(ok -> {}, failure -> {});
    }

    private void writeNext() {
        String next;
        synchronized (this) {
            next = queue.poll();
            if (next == null || closed) {
                writing = false;
                return;
            }
        }
        connection.sendText(next).subscribe().with(ok -> writeNext(), failure -> disconnected());
    }
}
