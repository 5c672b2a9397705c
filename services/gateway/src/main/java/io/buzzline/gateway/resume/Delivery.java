package io.buzzline.gateway.resume;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.quarkus.logging.Log;

import io.buzzline.gateway.protocol.ServerFrameEncoder;
import io.buzzline.gateway.ws.Outbound;

/**
 * Gap-free, duplicate-free, in-order delivery of one game's events to one connection. Live events that
 * arrive while the connection catches up, or after a gap (a lost pub/sub message, a pub/sub reconnect),
 * wait here while the missing range is read from the game's log. Every sequence is handed over exactly
 * once; those the connection may not see are skipped, not sent.
 */
public final class Delivery {

    private final String gameId;
    private final EventLogReader log;
    private final Outbound out;
    private final Predicate<LoggedEvent> visible;
    private final TreeMap<Long, LoggedEvent> waiting = new TreeMap<>();
    private long handled;
    private boolean started;
    private boolean refilling;

    public Delivery(String gameId, EventLogReader log, Outbound out, Predicate<LoggedEvent> visible) {
        this.gameId = gameId;
        this.log = log;
        this.out = out;
        this.visible = visible;
    }

    /**
     * Starts delivery after {@code welcome} was queued: from {@code after} + 1 on, with {@code known}
     * (log events already read) first. Live events offered before this call waited and follow.
     */
    public synchronized void start(String welcome, long after, List<LoggedEvent> known) {
        out.send(welcome);
        handled = after;
        started = true;
        for (LoggedEvent event : known) {
            if (event.sequence() == handled + 1) {
                hand(event);
            }
        }
        drain();
    }

    /** A live event of the game. */
    public synchronized void offer(LoggedEvent event) {
        if (started && event.sequence() == handled + 1 && waiting.isEmpty()) {
            hand(event);
            return;
        }
        if (!started || event.sequence() > handled) {
            waiting.put(event.sequence(), event);
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

    private void drain() {
        while (!waiting.isEmpty() && waiting.firstKey() <= handled + 1) {
            LoggedEvent event = waiting.pollFirstEntry().getValue();
            if (event.sequence() == handled + 1) {
                hand(event);
            }
        }
        if (!waiting.isEmpty()) {
            refill();
        }
    }

    private void refill() {
        if (refilling || out.isClosed()) {
            return;
        }
        refilling = true;
        long from = handled;
        log.readAfter(gameId, from).subscribe().with(this::refilled, failure -> {
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
        for (LoggedEvent event : events) {
            if (event.sequence() == handled + 1) {
                hand(event);
            }
        }
        waiting.headMap(handled, true).clear();
        drain();
    }

    private void hand(LoggedEvent event) {
        handled = event.sequence();
        if (visible.test(event)) {
            out.send(ServerFrameEncoder.eventFrame(event.sequence(), event.json()));
            out.delivered(event.sequence());
        }
    }
}
