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
    private final FrameWriter writer;
    private final int bound;
    private final Runnable onSlow;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean writing;
    private boolean closed;
    private CloseReason closeWhenFlushed;
    private Runnable whenDrained;
    private Long deliveredUpTo;
    // The one frame whose write is watched (the latest question): a newer one replaces it, as its question does.
    private String watched;
    private Runnable whenWatchedWritten;

    /** {@code onSlow} runs once if the connection is closed for not reading (for the metric). */
    public Outbound(WebSocketConnection connection, int bound, Runnable onSlow) {
        this(connection, new ConnectionWriter(connection), bound, onSlow);
    }

    /** Frames go out through {@code writer}; pings and closes through the connection. */
    Outbound(WebSocketConnection connection, FrameWriter writer, int bound, Runnable onSlow) {
        this.connection = connection;
        this.writer = writer;
        this.bound = bound;
        this.onSlow = onSlow;
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
     * Queues {@code text} like {@link #send(String)} and runs {@code whenWritten} once it has been written
     * to the connection (not if it never is). One frame is watched at a time: watching another replaces it.
     */
    public boolean send(String text, Runnable whenWritten) {
        synchronized (this) {
            watched = text;
            whenWatchedWritten = whenWritten;
        }
        return send(text);
    }

    /**
     * The highest event sequence this connection has been handed so far (or where its delivery started):
     * what the client resumes from once it received everything queued.
     */
    public synchronized void delivered(long sequence) {
        deliveredUpTo = sequence;
    }

    /** See {@link #delivered(long)}; null before delivery started. */
    public synchronized Long deliveredUpTo() {
        return deliveredUpTo;
    }

    /**
     * True while the queue is less than three quarters full: a catch-up from the log may add frames. The
     * last quarter stays free for live frames, so that catching up never looks like a slow consumer.
     */
    public synchronized boolean hasRoomForBacklog() {
        return closed || queue.size() < bound - bound / 4;
    }

    /** Runs {@code then} once the queue is at most half full (at once if it already is). */
    public void whenDrained(Runnable then) {
        synchronized (this) {
            if (!closed && queue.size() > bound / 2) {
                whenDrained = then;
                return;
            }
        }
        then.run();
    }

    /** Closes the connection as a slow consumer (4009): its backlog outgrew the bound elsewhere. */
    public void overflow() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        closeSlow();
    }

    public void ping(Buffer payload) {
        if (!isClosed()) {
            connection.sendPing(payload).subscribe().with(ok -> {}, failure -> {});
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Closes the connection at once with {@code code} and {@code reason}; frames still queued are dropped. */
    public void close(short code, String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        connection.close(new CloseReason(code, reason)).subscribe().with(ok -> {}, failure -> {});
    }

    /**
     * Queues {@code last} as the final frame, then closes with {@code code} once everything queued before
     * it was written. Nothing queued after it is sent.
     */
    public void finish(String last, short code, String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(last);
            closeWhenFlushed = new CloseReason(code, reason);
            if (writing) {
                return;
            }
            writing = true;
        }
        writeNext();
    }

    /** Marks the queue dead after the peer went away. */
    public synchronized void disconnected() {
        closed = true;
        closeWhenFlushed = null;
        queue.clear();
    }

    private void closeSlow() {
        onSlow.run();
        Long from;
        synchronized (this) {
            from = deliveredUpTo;
        }
        connection
                .close(new CloseReason(
                        Protocol.CLOSE_SLOW_CONSUMER,
                        "slow consumer; resume with lastSequence (queued up to " + (from == null ? 0 : from) + ")"))
                .subscribe()
                .with(ok -> {}, failure -> {});
    }

    private void writeNext() {
        String next;
        CloseReason finished = null;
        Runnable drained = null;
        synchronized (this) {
            next = queue.poll();
            if (whenDrained != null && queue.size() <= bound / 2) {
                drained = whenDrained;
                whenDrained = null;
            }
            if (next == null) {
                writing = false;
                finished = closeWhenFlushed;
                closeWhenFlushed = null;
            } else if (closed && closeWhenFlushed == null) {
                writing = false;
                queue.clear();
                return;
            }
        }
        if (drained != null) {
            drained.run();
        }
        if (next == null) {
            if (finished != null) {
                connection.close(finished).subscribe().with(ok -> {}, failure -> {});
            }
            return;
        }
        String sent = next;
        writer.write(next, () -> written(sent), this::disconnected);
    }

    private void written(String text) {
        Runnable then = null;
        synchronized (this) {
            // Identity, not equality: the watched frame is that very string, shared with no other frame.
            if (text == watched) {
                then = whenWatchedWritten;
                watched = null;
                whenWatchedWritten = null;
            }
        }
        if (then != null) {
            then.run();
        }
        writeNext();
    }
}
