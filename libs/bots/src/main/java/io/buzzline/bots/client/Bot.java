package io.buzzline.bots.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.buzzline.bots.brain.Brain;
import io.buzzline.bots.brain.Planned;
import io.buzzline.bots.protocol.ClientFrame;
import io.buzzline.bots.protocol.Frames;
import io.buzzline.bots.protocol.ServerFrame;
import io.buzzline.events.EventEnvelope;

/**
 * One bot on the gateway WebSocket: says hello with its token, feeds its brain every event once and in
 * order (after its observer, which may learn from it first), sends what the brain plans, and when the connection drops opens a new one (to the next
 * gateway of its list) with the last sequence it received, re-sending the commands that were never
 * answered (by an ack, by their own event, or by an error). Create bots through {@link Bots}.
 */
public final class Bot implements AutoCloseable {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    private final String name;
    private final String token;
    private final Brain brain;
    private final Consumer<EventEnvelope> observer;
    private final List<URI> gateways;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final Frames frames;
    private final Consumer<String> log;
    private final BotRecord record = new BotRecord();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    /** Commands sent and not answered yet, by frame id, oldest first. */
    private final Map<String, ClientFrame> unanswered = new LinkedHashMap<>();

    private WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private int gatewayIndex;
    private int attempts;
    private long lastSequence;
    private long frameCounter;
    /** Who the token says this bot is (the welcome's subject): the player its own events name. */
    private String subject;

    private boolean greeted;
    private boolean closed;

    Bot(
            String name,
            String token,
            Brain brain,
            Consumer<EventEnvelope> observer,
            List<URI> gateways,
            int firstGateway,
            HttpClient http,
            ScheduledExecutorService scheduler,
            Frames frames,
            Consumer<String> log) {
        this.name = name;
        this.token = token;
        this.brain = brain;
        this.observer = observer;
        this.gateways = List.copyOf(gateways);
        this.gatewayIndex = Math.floorMod(firstGateway, gateways.size());
        this.http = http;
        this.scheduler = scheduler;
        this.frames = frames;
        this.log = log;
    }

    public String name() {
        return name;
    }

    public BotRecord record() {
        return record;
    }

    /** Completes once the bot saw GAME_ENDED. */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    /** The gateway the bot is (or was last) connected to. */
    public synchronized URI gateway() {
        return gateways.get(gatewayIndex);
    }

    synchronized void connect() {
        if (closed) {
            return;
        }
        URI target = gateways.get(gatewayIndex);
        greeted = false;
        http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(target, new Listener())
                .whenComplete((opened, failure) -> {
                    if (failure != null) {
                        reconnectLater("cannot connect to " + target + ": " + failure.getMessage());
                    } else {
                        opened(opened);
                    }
                });
    }

    private synchronized void opened(WebSocket opened) {
        if (closed) {
            opened.abort();
            return;
        }
        socket = opened;
        sending = CompletableFuture.completedFuture(null);
        write(opened, frames.encode(new ClientFrame.Hello(token, lastSequence), name + "-hello"));
    }

    private synchronized void received(WebSocket from, String text) {
        if (from != socket) {
            return;
        }
        ServerFrame frame;
        try {
            frame = frames.decode(text);
        } catch (IllegalArgumentException e) {
            log.accept(name + ": undecodable frame: " + e.getMessage());
            return;
        }
        switch (frame) {
            case ServerFrame.Welcome welcome -> welcomed(welcome);
            case ServerFrame.Event event -> event(event);
            // One append's events in one frame: each exactly as if it had come in an event frame of its own.
            case ServerFrame.Events batch -> batch.events().forEach(this::event);
            case ServerFrame.Ack ack -> {
                ClientFrame acked = unanswered.remove(ack.id());
                if (acked == null) {
                    // Answered already (a v3 buzz by its event, say): kept, so that a second answer shows.
                    acked = sentFrame(ack.id());
                }
                if (acked != null) {
                    record.acked(new BotRecord.Acked(ack.id(), acked, ack.commandId(), System.nanoTime()));
                }
            }
            case ServerFrame.Error error -> refused(error);
            case ServerFrame.Pong pong -> {}
            case ServerFrame.Tick tick -> plan(brain.onPlayers(tick.playerCount()));
            case ServerFrame.Standings standings -> record.standings(standings);
            case ServerFrame.Other other -> log.accept(name + ": unknown frame type " + other.type());
        }
    }

    private void welcomed(ServerFrame.Welcome welcome) {
        greeted = true;
        attempts = 0;
        subject = welcome.subject();
        record.welcomed(new BotRecord.Welcomed(
                gateways.get(gatewayIndex).toString(),
                welcome.role(),
                welcome.subject(),
                welcome.deliveredFrom(),
                System.nanoTime()));
        // Commands sent on a lost connection may or may not have reached match; sending them again is
        // safe because the engine refuses a repeat (DUPLICATE_BUZZ, ALREADY_ANSWERED, QUESTION_STILL_OPEN).
        List<ClientFrame> again = List.copyOf(unanswered.values());
        unanswered.clear();
        again.forEach(this::sendNow);
        if (welcome.view().has("playerCount")) {
            plan(brain.onPlayers(welcome.view().path("playerCount").asInt()));
        }
    }

    private void event(ServerFrame.Event event) {
        long now = System.nanoTime();
        if (event.sequence() <= lastSequence) {
            record.repeated(event.sequence());
            return;
        }
        lastSequence = event.sequence();
        record.event(event.envelope(), now, Instant.now());
        answeredBy(event, now);
        observer.accept(event.envelope());
        plan(brain.onEvent(event.envelope()));
        if (brain.finished()) {
            finished.complete(null);
        }
    }

    /**
     * Protocol v3 acks no buzz and no BUZZER answer: the player's own event answers it. Events name no
     * frame id, so it answers the oldest unanswered frame it fits (frames of one question are sent, and
     * decided, in order).
     */
    private void answeredBy(ServerFrame.Event event, long now) {
        Iterator<Map.Entry<String, ClientFrame>> waiting = unanswered.entrySet().iterator();
        while (waiting.hasNext()) {
            Map.Entry<String, ClientFrame> frame = waiting.next();
            if (frame.getValue().answeredBy(event.envelope().event(), subject)) {
                waiting.remove();
                record.answered(new BotRecord.Answered(frame.getKey(), frame.getValue(), event.sequence(), now));
                return;
            }
        }
    }

    private void refused(ServerFrame.Error error) {
        ClientFrame frame = error.id() == null ? null : unanswered.remove(error.id());
        if (frame == null) {
            // Answered already: match refused it after its ack.
            frame = sentFrame(error.id());
        }
        record.refused(new BotRecord.Refused(error.id(), frame, error.code(), error.message(), System.nanoTime()));
        if (frame != null) {
            plan(brain.onRefused(frame, error.code()));
        }
    }

    /** The frame sent as {@code id} on any connection, or null. */
    private ClientFrame sentFrame(String id) {
        return id == null
                ? null
                : record.sent().stream()
                        .filter(sent -> sent.frameId().equals(id))
                        .map(BotRecord.Sent::frame)
                        .findFirst()
                        .orElse(null);
    }

    private void plan(List<Planned> plans) {
        for (Planned planned : plans) {
            if (planned.delay().isZero()) {
                sendNow(planned.frame());
            } else {
                scheduler.schedule(
                        () -> sendPlanned(planned.frame()), planned.delay().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private synchronized void sendPlanned(ClientFrame frame) {
        sendNow(frame);
    }

    private void sendNow(ClientFrame frame) {
        if (closed || !brain.wants(frame)) {
            return;
        }
        String id = name + "-" + (++frameCounter);
        unanswered.put(id, frame);
        if (socket != null && greeted) {
            record.sent(new BotRecord.Sent(id, frame, System.nanoTime()));
            write(socket, frames.encode(frame, id));
        }
    }

    /** One frame in flight at a time, as the JDK WebSocket requires; order kept. */
    private void write(WebSocket target, String text) {
        sending = sending.handle((ok, failure) -> null)
                .thenCompose(ignored -> target.sendText(text, true))
                .exceptionally(failure -> null);
    }

    private synchronized void lost(WebSocket from, String why) {
        if (from != socket || closed) {
            return;
        }
        socket = null;
        record.dropped();
        reconnectLater(why);
    }

    private synchronized void reconnectLater(String why) {
        if (closed) {
            return;
        }
        attempts++;
        gatewayIndex = (gatewayIndex + 1) % gateways.size();
        long backoff = Math.min(MAX_BACKOFF.toMillis(), 100L * attempts);
        log.accept(name + ": connection lost (" + why + "); resuming after " + lastSequence + " at "
                + gateways.get(gatewayIndex) + " in " + backoff + " ms");
        scheduler.schedule(this::connect, backoff, TimeUnit.MILLISECONDS);
    }

    /** Cuts the TCP connection without a close handshake, as a network failure would (the bot resumes). */
    public synchronized void cut() {
        if (socket != null) {
            WebSocket current = socket;
            current.abort();
            lost(current, "cut");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(failure -> null);
            socket.abort();
            socket = null;
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                received(webSocket, text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            lost(webSocket, "closed " + statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            lost(webSocket, error.toString());
        }
    }
}
