package io.buzzline.bots.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.buzzline.bots.protocol.ClientFrame;
import io.buzzline.bots.protocol.ServerFrame;
import io.buzzline.events.EventEnvelope;

/**
 * Everything one bot saw and did, for the checks after a game: every event in arrival order, each
 * welcome (one per connection), each command acknowledged (with match's command id), answered by its own
 * event or refused, and what arrived twice. Thread-safe.
 */
public final class BotRecord {

    /** A command frame the gateway acknowledged: it is in match's command stream as {@code commandId}. */
    public record Acked(String frameId, ClientFrame frame, String commandId, long atNanos) {}

    /**
     * A buzz or a BUZZER round's answer answered by its own event, the one at {@code sequence} (protocol v3
     * acks neither: the event says match took it).
     */
    public record Answered(String frameId, ClientFrame frame, long sequence, long atNanos) {}

    /** A frame refused with {@code code}; {@code acked} when match (not the gateway) refused it after its ack. */
    public record Refused(String frameId, ClientFrame frame, String code, String message, long atNanos) {}

    /**
     * A welcome: delivery on that connection started after {@code deliveredFrom}, at {@code gateway};
     * {@code role} and {@code subject} (the player or host id) come from the token.
     */
    public record Welcomed(String gateway, String role, String subject, long deliveredFrom, long atNanos) {}

    /** A frame sent, and when (for latency figures). */
    public record Sent(String frameId, ClientFrame frame, long atNanos) {}

    private final List<EventEnvelope> events = new ArrayList<>();
    private final List<Long> eventNanos = new ArrayList<>();
    private final List<Instant> eventArrivals = new ArrayList<>();
    private final List<Long> repeated = new ArrayList<>();
    private final List<Acked> acked = new ArrayList<>();
    private final List<Answered> answered = new ArrayList<>();
    private final List<Refused> refused = new ArrayList<>();
    private final List<Welcomed> welcomes = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<ServerFrame.Standings> standings = new ArrayList<>();
    private int drops;

    synchronized void event(EventEnvelope event, long atNanos, Instant at) {
        events.add(event);
        eventNanos.add(atNanos);
        eventArrivals.add(at);
    }

    synchronized void standings(ServerFrame.Standings frame) {
        standings.add(frame);
    }

    /** The standings frames received (protocol v2: after each reveal's points and at the end). */
    public synchronized List<ServerFrame.Standings> standings() {
        return List.copyOf(standings);
    }

    synchronized void repeated(long sequence) {
        repeated.add(sequence);
    }

    synchronized void acked(Acked ack) {
        acked.add(ack);
    }

    synchronized void answered(Answered answer) {
        answered.add(answer);
    }

    synchronized void refused(Refused refusal) {
        refused.add(refusal);
    }

    synchronized void welcomed(Welcomed welcome) {
        welcomes.add(welcome);
    }

    synchronized void sent(Sent frame) {
        sent.add(frame);
    }

    synchronized void dropped() {
        drops++;
    }

    /** Every event received, in arrival order (each sequence once: repeats are kept apart). */
    public synchronized List<EventEnvelope> events() {
        return List.copyOf(events);
    }

    /** {@code System.nanoTime()} at which each of {@link #events()} arrived. */
    public synchronized List<Long> eventNanos() {
        return List.copyOf(eventNanos);
    }

    /** The wall-clock time at which each of {@link #events()} arrived (comparable with an event's server time on one host). */
    public synchronized List<Instant> eventArrivals() {
        return List.copyOf(eventArrivals);
    }

    public synchronized List<Long> sequences() {
        return events.stream().map(EventEnvelope::sequence).toList();
    }

    /** Sequences that arrived again after they had been received: the resume promise says never. */
    public synchronized List<Long> repeated() {
        return List.copyOf(repeated);
    }

    public synchronized List<Acked> acked() {
        return List.copyOf(acked);
    }

    public synchronized List<Answered> answered() {
        return List.copyOf(answered);
    }

    public synchronized List<Refused> refused() {
        return List.copyOf(refused);
    }

    public synchronized List<Welcomed> welcomes() {
        return List.copyOf(welcomes);
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Connections lost (closed by the other side or broken) while the bot still played. */
    public synchronized int drops() {
        return drops;
    }
}
