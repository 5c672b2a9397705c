package io.buzzline.gateway.resume;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.quarkus.logging.Log;

import io.buzzline.gateway.ws.Outbound;

/**
 * Gap-free, duplicate-free, in-order delivery of one game's events to one connection. Live events that
 * arrive while the connection catches up, or after a gap (a lost pub/sub message, a pub/sub reconnect),
 * wait here while the missing range is read from the game's log. Every sequence is handed over exactly
 * once; those the connection may not see are skipped, not sent.
 *
 * <p>A catch-up (a resume from far back, a host replaying the log) is paced by the outbound queue: it
 * pauses while the queue is three quarters full and reads on from the log once it drained, so a long
 * backlog never passes for a slow consumer. Live events that pile up here beyond the queue's bound do:
 * the connection is closed to resume (4009).
 */
public final class Delivery {

    private final String gameId;
    private final EventLogReader log;
    private final Outbound out;
    private final int waitingBound;
    private final Predicate<LoggedEvent> visible;
    private final TreeMap<Long, LoggedEvent> waiting = new TreeMap<>();
    private long handled;
    private boolean started;
    private boolean refilling;
    private boolean paused;

    public Delivery(String gameId, EventLogReader log, Outbound out, int waitingBound, Predicate<LoggedEvent> visible) {
        this.gameId = gameId;
        this.log = log;
        this.out = out;
        this.waitingBound = waitingBound;
        this.visible = visible;
    }

    /**
     * Starts delivery after {@code welcome} was queued: from {@code after} + 1 on, with {@code known}
     * (log events already read) first. Live events offered before this call waited and follow.
     */
    public synchronized void start(String welcome, long after, List<LoggedEvent> known) {
        out.send(welcome);
        out.delivered(after);
        handled = after;
        started = true;
        handAll(known);
        readOnIfFull(known);
        drain();
    }

    /** A live event of the game. */
    public synchronized void offer(LoggedEvent event) {
        if (started && !paused && event.sequence() == handled + 1 && waiting.isEmpty()) {
            hand(event);
            return;
        }
        if (!started || event.sequence() > handled) {
            waiting.put(event.sequence(), event);
        }
        if (waiting.size() > waitingBound) {
            waiting.clear();
            out.overflow();
            return;
        }
        if (started) {
            drain();
        }
    }

    /** Reads whatever the log holds past what was handed over, in case live messages were lost. */
    public synchronized void resync() {
        if (started) {
            refill();
        }
    }

    private void handAll(List<LoggedEvent> events) {
        for (LoggedEvent event : events) {
            if (event.sequence() != handled + 1) {
                continue;
            }
            if (!out.hasRoomForBacklog()) {
                pause();
                return;
            }
            hand(event);
        }
    }

    private void drain() {
        if (paused) {
            return;
        }
        while (!waiting.isEmpty() && waiting.firstKey() <= handled + 1) {
            if (!out.hasRoomForBacklog()) {
                pause();
                return;
            }
            LoggedEvent event = waiting.pollFirstEntry().getValue();
            if (event.sequence() == handled + 1) {
                hand(event);
            }
        }
        if (!waiting.isEmpty()) {
            refill();
        }
    }

    /** Stops handing over until the queue drained; then reads on from the log where it stopped. */
    private void pause() {
        paused = true;
        out.whenDrained(this::unpause);
    }

    private synchronized void unpause() {
        if (paused) {
            paused = false;
            refill();
        }
    }

    private void refill() {
        if (refilling || paused || out.isClosed()) {
            return;
        }
        refilling = true;
        long from = handled;
        log.readPage(gameId, from, pageSize()).subscribe().with(this::refilled, failure -> {
            Log.warnf("game %s: refilling after %d failed: %s", gameId, from, failure.getMessage());
            synchronized (this) {
                refilling = false;
            }
            // The client resumes from what it saw; closing beats delivering with a hole.
            out.close((short) 1011, "event log unavailable; resume with lastSequence");
        });
    }

    private synchronized void refilled(List<LoggedEvent> events) {
        refilling = false;
        handAll(events);
        waiting.headMap(handled, true).clear();
        readOnIfFull(events);
        drain();
    }

    /** Log reads go a page at a time: a full page may have more behind it. */
    public int pageSize() {
        return Math.max(1, waitingBound);
    }

    private void readOnIfFull(List<LoggedEvent> page) {
        if (page.size() >= pageSize() && !paused) {
            refill();
        }
    }

    private void hand(LoggedEvent event) {
        handled = event.sequence();
        if (visible.test(event)) {
            out.send(event.frame());
            out.delivered(event.sequence());
        }
    }
}
