package io.buzzline.gateway.resume;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.quarkus.logging.Log;

import io.buzzline.events.QuestionShown;
import io.buzzline.gateway.ws.Outbound;

/**
 * One connection's share of its game's events, exact from the sequence it starts after: first a
 * catch-up read from the log (filtered by the connection's role) up to where the game's ordered feed
 * stood when the connection attached, then the events the feed routes to it. Order and gaps are the
 * feed's business ({@link io.buzzline.gateway.fanout.GameFeed}); this class only joins the two without a
 * gap or a duplicate, so routing one event costs nothing for the connections that may not see it.
 *
 * <p>A catch-up (a resume from far back, a host replaying the log) is paced by the outbound queue: it
 * pauses while the queue is three quarters full and reads on from the log once it drained, so a long
 * backlog never passes for a slow consumer. Routed events that pile up here beyond the queue's bound
 * while the connection catches up do: the connection is closed to resume (4009).
 */
public final class Delivery {

    private final String gameId;
    private final EventLogReader log;
    private final Outbound out;
    private final int waitingBound;
    private final Predicate<LoggedEvent> visible;
    private final Consumer<String> questionWritten;
    private static final int EARLY_AGGREGATES = 4;

    private final ArrayDeque<LoggedEvent> routed = new ArrayDeque<>();
    private final ArrayDeque<String> early = new ArrayDeque<>();
    private long handled;
    private long catchUpTo;
    private boolean started;
    private boolean reading;
    private boolean paused;

    /**
     * {@code questionWritten} is told the question id each time a {@code QUESTION_SHOWN} frame has been
     * written to the connection: the moment the fair buzzer ranks that player's buzz from.
     */
    public Delivery(
            String gameId,
            EventLogReader log,
            Outbound out,
            int waitingBound,
            Predicate<LoggedEvent> visible,
            Consumer<String> questionWritten) {
        this.gameId = gameId;
        this.log = log;
        this.out = out;
        this.waitingBound = waitingBound;
        this.visible = visible;
        this.questionWritten = questionWritten;
    }

    /**
     * Starts delivery once {@code welcome} is queued: everything visible after {@code after}, read from the
     * log up to {@code catchUpTo} (where the feed stood when the connection attached; {@code known} are
     * log events already read), then what the feed routed since.
     */
    public synchronized void start(String welcome, long after, long catchUpTo, List<LoggedEvent> known) {
        out.send(welcome);
        early.forEach(out::send);
        early.clear();
        out.delivered(after);
        handled = after;
        this.catchUpTo = catchUpTo;
        started = true;
        handAll(known);
        proceed(handled < catchUpTo);
    }

    /**
     * An aggregate frame (tick, standings): sent at once, or right after the welcome if it came first;
     * only the latest few wait, as each supersedes older ones of its kind.
     */
    public synchronized void aggregate(String frame) {
        if (started) {
            out.send(frame);
            return;
        }
        early.add(frame);
        if (early.size() > EARLY_AGGREGATES) {
            early.removeFirst();
        }
    }

    /** An in-order event of the game that this connection may see, routed by the feed. */
    public synchronized void route(LoggedEvent event) {
        if (started && event.sequence() <= handled) {
            // The log is ahead of the feed (an append is in Redis before its live message arrives), so the
            // catch-up may already have handed this event over.
            return;
        }
        if (started && !paused && !reading && routed.isEmpty() && handled >= catchUpTo) {
            send(event);
            return;
        }
        routed.add(event);
        if (routed.size() > waitingBound) {
            routed.clear();
            out.overflow();
        }
    }

    /**
     * The events of one append that this connection may see, routed by the feed: one frame when they can
     * go out at once (protocol v3), else one by one like any routed event.
     */
    public synchronized void route(Append append) {
        if (started && !paused && !reading && routed.isEmpty() && handled >= catchUpTo && append.first() > handled) {
            handled = append.last();
            QuestionShown shown = null;
            for (LoggedEvent event : append.events()) {
                if (event.envelope().event() instanceof QuestionShown question) {
                    shown = question;
                }
            }
            write(append.frame(), shown, append.last());
            return;
        }
        append.events().forEach(this::route);
    }

    /** Log reads go a page at a time: a full page may have more behind it. */
    public int pageSize() {
        return Math.max(1, waitingBound);
    }

    /** Reads on from the log while the catch-up is not done, else hands over what the feed routed. */
    private void proceed(boolean readMore) {
        if (paused || reading) {
            return;
        }
        if (readMore) {
            read();
            return;
        }
        while (!routed.isEmpty()) {
            if (!out.hasRoomForBacklog()) {
                pause();
                return;
            }
            LoggedEvent event = routed.poll();
            if (event.sequence() > handled) {
                send(event);
            }
        }
    }

    private void handAll(List<LoggedEvent> events) {
        for (LoggedEvent event : events) {
            if (event.sequence() <= handled) {
                continue;
            }
            if (!out.hasRoomForBacklog()) {
                pause();
                return;
            }
            handled = event.sequence();
            if (visible.test(event)) {
                write(event);
            }
        }
    }

    /** Stops handing over until the queue drained; then goes on where it stopped. */
    private void pause() {
        paused = true;
        out.whenDrained(this::unpause);
    }

    private synchronized void unpause() {
        if (paused) {
            paused = false;
            proceed(handled < catchUpTo);
        }
    }

    private void read() {
        if (out.isClosed()) {
            return;
        }
        reading = true;
        long from = handled;
        log.readPage(gameId, from, pageSize()).subscribe().with(this::read, failure -> {
            Log.warnf("game %s: reading the log after %d failed: %s", gameId, from, failure.getMessage());
            synchronized (this) {
                reading = false;
            }
            // The client resumes from what it saw; closing beats delivering with a hole.
            out.close((short) 1011, "event log unavailable; resume with lastSequence");
        });
    }

    private synchronized void read(List<LoggedEvent> page) {
        reading = false;
        handAll(page);
        // A short page is the log's end: whatever follows, the feed routes.
        proceed(!paused && page.size() >= pageSize() && handled < catchUpTo);
    }

    private void send(LoggedEvent event) {
        handled = event.sequence();
        write(event);
    }

    private void write(LoggedEvent event) {
        write(event.frame(), event.envelope().event() instanceof QuestionShown shown ? shown : null, event.sequence());
    }

    /** Queues {@code frame}, which carries events up to {@code last}; {@code shown} is the question it shows, if any. */
    private void write(String frame, QuestionShown shown, long last) {
        if (shown != null) {
            String questionId = shown.questionId();
            out.send(frame, () -> questionWritten.accept(questionId));
        } else {
            out.send(frame);
        }
        out.delivered(last);
    }
}
