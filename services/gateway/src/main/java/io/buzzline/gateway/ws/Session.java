package io.buzzline.gateway.ws;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.fanout.Subscriber;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.protocol.ReconnectReason;
import io.buzzline.gateway.protocol.ServerFrame;
import io.buzzline.gateway.protocol.ServerFrameEncoder;
import io.buzzline.gateway.resume.Append;
import io.buzzline.gateway.resume.Delivery;
import io.buzzline.gateway.resume.LoggedEvent;

/**
 * One WebSocket connection: who it is (after hello), its outbound queue, rate limit, round-trip time,
 * error count, its delivery of the game's events, and the commands it sent that match may still refuse.
 */
public final class Session implements Subscriber {

    /** How many sent commands are remembered to answer a late rejection with the client's message id. */
    private static final int REMEMBERED_COMMANDS = 64;

    private final String connectionId;
    private final Outbound out;
    private final TokenBucket bucket;
    private final ServerFrameEncoder encoder;
    private final RoundTrip roundTrip = new RoundTrip();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicLong commandCounter = new AtomicLong();
    private final Map<String, String> sentCommands = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_COMMANDS;
        }
    };
    // Commands sent to match whose ack is not out yet, and those acked early: match's refusal travels by
    // pub/sub and the ack by the stream append's reply, so a refusal can come first. The protocol says ack,
    // then error, and a refusal proves match has the command: the ack goes out with it, not after the
    // append's reply (holding the refusal for that reply doubled a 10,000-player buzz's verdict time).
    private final Set<String> awaitingAck = new HashSet<>();
    private final Set<String> ackedEarly = new HashSet<>();
    private final Clock clock;
    private volatile Identity identity;
    // The protocol version the hello asked for: 3 gets an append's events in one frame and no ack for a buzz.
    private volatile int version = Protocol.VERSION;
    private volatile boolean greeting;
    private volatile Delivery delivery;
    private volatile QuestionWrite lastQuestion;

    /** When the frame showing {@code questionId} was written to this connection, by the gateway's clock. */
    private record QuestionWrite(String questionId, Instant at) {}

    Session(String connectionId, Outbound out, TokenBucket bucket, ServerFrameEncoder encoder, Clock clock) {
        this.connectionId = connectionId;
        this.out = out;
        this.bucket = bucket;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public String connectionId() {
        return connectionId;
    }

    public Outbound out() {
        return out;
    }

    public TokenBucket bucket() {
        return bucket;
    }

    public RoundTrip roundTrip() {
        return roundTrip;
    }

    @Override
    public Identity identity() {
        return identity;
    }

    /** Claims the one hello of this connection; false if it already had one. */
    synchronized boolean beginHello() {
        if (greeting) {
            return false;
        }
        greeting = true;
        return true;
    }

    void greeted(Identity who, int version, Delivery events) {
        this.identity = who;
        this.version = version;
        this.delivery = events;
    }

    boolean greetingStarted() {
        return greeting;
    }

    /** The frame showing {@code questionId} has just been written to this connection. */
    public void questionWritten(String questionId) {
        lastQuestion = new QuestionWrite(questionId, clock.instant());
    }

    /**
     * When the frame showing {@code questionId} was written to this connection, or null if it was not (or
     * a later question's was): a buzz carries it, so the fair buzzer ranks it from the player's own
     * delivery rather than from the question's opening, whatever its place in a big fan-out.
     */
    public Instant questionShownAt(String questionId) {
        QuestionWrite last = lastQuestion;
        return last != null && last.questionId().equals(questionId) ? last.at() : null;
    }

    /** Counts an error frame; true once the connection earned more than {@code limit}. */
    boolean countError(int limit) {
        return errors.incrementAndGet() > limit;
    }

    /**
     * Whether this connection's commands get an {@code ack}: in protocol v3 a command whose own event
     * reaches its sender ({@code answeredByItsEvent}: a buzz, an answer in a BUZZER round) is answered by
     * that event or by its refusal, one frame either way; every other command is acked.
     */
    boolean acks(boolean answeredByItsEvent) {
        return version < 3 || !answeredByItsEvent;
    }

    /**
     * A fresh command id that names this connection, so a rejection finds its way back here; {@code acked}
     * says whether its ack is owed (see {@link #acks}).
     */
    synchronized String nextCommandId(String frameId, boolean acked) {
        String commandId = connectionId + "/" + commandCounter.incrementAndGet();
        sentCommands.put(commandId, frameId == null ? "" : frameId);
        if (acked) {
            awaitingAck.add(commandId);
        }
        return commandId;
    }

    /** The command is in match's stream: its ack goes out if one is owed and a refusal did not bring it. */
    synchronized void accepted(String frameId, String commandId) {
        ackedEarly.remove(commandId);
        if (awaitingAck.remove(commandId)) {
            send(new ServerFrame.Ack(frameId, commandId));
        }
    }

    /** The stream did not confirm the command: no ack will come from the append. */
    synchronized void notSent(String commandId) {
        awaitingAck.remove(commandId);
        if (!ackedEarly.remove(commandId)) {
            sentCommands.remove(commandId);
        }
    }

    public void send(ServerFrame frame) {
        out.send(encoder.encode(frame));
    }

    /** Sends {@code last} after whatever is queued, then closes with {@code code}. */
    void finish(ServerFrame last, short code, String reason) {
        out.finish(encoder.encode(last), code, reason);
    }

    /**
     * Ends the connection on the server's initiative without losing anything: a {@code reconnect} frame
     * after whatever is queued, then close 4010; the client resumes with its last sequence elsewhere.
     */
    public void reconnect(ReconnectReason reason) {
        String frame = encoder.encode(new ServerFrame.Reconnect(reason, out.deliveredUpTo()));
        String why = reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        out.finish(frame, Protocol.CLOSE_RECONNECT, why + "; resume with lastSequence");
    }

    @Override
    public void event(LoggedEvent event) {
        Delivery events = delivery;
        if (events != null) {
            events.route(event);
        }
    }

    @Override
    public void append(Append append) {
        Delivery events = delivery;
        if (events == null) {
            return;
        }
        if (version >= 3) {
            events.route(append);
        } else {
            append.events().forEach(events::route);
        }
    }

    @Override
    public void aggregate(String frame) {
        Delivery events = delivery;
        if (events != null) {
            events.aggregate(frame);
        }
    }

    @Override
    public synchronized void rejected(String commandId, String code, String message) {
        String frameId = sentCommands.remove(commandId);
        ServerFrame.Error refusal =
                new ServerFrame.Error(frameId == null || frameId.isEmpty() ? null : frameId, code, message);
        if (awaitingAck.remove(commandId)) {
            ackedEarly.add(commandId);
            send(new ServerFrame.Ack(refusal.id(), commandId));
        }
        send(refusal);
    }

    @Override
    public void failed() {
        out.close((short) 1011, "event log unavailable; resume with lastSequence");
    }
}
