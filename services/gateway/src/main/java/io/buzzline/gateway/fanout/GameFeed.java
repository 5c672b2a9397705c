package io.buzzline.gateway.fanout;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.QuestionShown;
import io.buzzline.gateway.aggregate.GameAggregates;
import io.buzzline.gateway.protocol.ServerFrame;
import io.buzzline.gateway.resume.EventLogReader;
import io.buzzline.gateway.resume.LoggedEvent;
import io.buzzline.gateway.view.Standings;

/**
 * One game's events on this instance, in order and without gaps, folded into the game's state and its
 * aggregates and routed to the local connections that may see each one ({@link Audience}). Gap detection
 * and refills from the log happen here once per game, not once per connection: with every connection
 * filtering every event, a question cost O(N²) on the gateway.
 *
 * <p>The feed starts by reading the whole log (what the welcome of the first hello needed anyway); it is
 * {@link #ready()} once it reached the log's end. Live events that arrive early or after a gap wait
 * while the gap is read from the log.
 */
public final class GameFeed {

    private static final int PAGE = 1000;
    /**
     * A log read not answered by then counts as failed: Redis requests have no timeout of their own, and
     * a read lost with a dying connection would leave the feed refilling, and its game stalled, forever.
     */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final String gameId;
    private final EventLogReader log;
    private final Audience audience = new Audience();
    private final GameAggregates aggregates;
    private final TreeMap<Long, LoggedEvent> waiting = new TreeMap<>();
    private final Set<String> expected = new HashSet<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final FeedLatencies latencies;
    // Events logged before the feed existed are history read from the log, not latencies to measure.
    private final Instant createdAt;
    // Written under the feed's lock, read without it by whoever judges a command against it (immutable).
    private volatile GameState state;
    private boolean refilling;
    private volatile Standings welcomeStandings;

    GameFeed(String gameId, EventLogReader log, GameAggregates aggregates, FeedLatencies latencies) {
        this.gameId = gameId;
        this.log = log;
        this.aggregates = aggregates;
        this.latencies = latencies;
        this.createdAt = latencies.now();
        this.state = GameState.empty(gameId);
    }

    /** Completes once the feed caught up with the log it found when it was created. */
    public Uni<Void> ready() {
        return Uni.createFrom().completionStage(ready);
    }

    /**
     * Adds a connection: from here on it is routed every event after the returned state's sequence that
     * it may see; what came before is its own catch-up from the log.
     */
    public synchronized Attached attach(Subscriber subscriber) {
        if (!expected.remove(subscriber.connectionId())) {
            // It left while its hello was being served.
            return null;
        }
        audience.add(subscriber);
        return new Attached(state, aggregates.tick(state), aggregates.standings(subscriber.identity(), state));
    }

    /** A connection that will attach: until then the feed is kept even if every other connection leaves. */
    synchronized void expect(String connectionId) {
        expected.add(connectionId);
    }

    synchronized void detach(String connectionId) {
        expected.remove(connectionId);
        audience.remove(connectionId);
    }

    synchronized boolean isEmpty() {
        return audience.isEmpty() && expected.isEmpty();
    }

    synchronized Subscriber connection(String connectionId) {
        return audience.connection(connectionId);
    }

    /** A live event. */
    synchronized void offer(LoggedEvent event) {
        if (event.sequence() == state.sequence() + 1 && waiting.isEmpty() && !refilling) {
            process(event);
            return;
        }
        if (event.sequence() > state.sequence()) {
            waiting.put(event.sequence(), event);
        }
        drain();
    }

    /**
     * The live events of one append (one decision of match), in order: routed together, so that a protocol
     * v3 connection receives them in one frame. Out of order or after a gap they are taken one by one.
     */
    synchronized void offerAppend(List<LoggedEvent> append) {
        if (append.size() > 1 && waiting.isEmpty() && !refilling && follows(append)) {
            processAppend(append);
            return;
        }
        append.forEach(this::offer);
    }

    /** Whether {@code append} starts right after the feed's position and has no gap of its own. */
    private boolean follows(List<LoggedEvent> append) {
        long expectedNext = state.sequence() + 1;
        for (LoggedEvent event : append) {
            if (event.sequence() != expectedNext++) {
                return false;
            }
        }
        return true;
    }

    /** Events read from the log by someone else (a resume past this feed's position): taken like live ones. */
    public synchronized void offerAll(List<LoggedEvent> events) {
        events.forEach(event -> {
            if (event.sequence() > state.sequence()) {
                waiting.put(event.sequence(), event);
            }
        });
        drain();
    }

    /** Reads whatever the log holds past this feed's position: live messages may have been lost. */
    synchronized void refill() {
        if (refilling) {
            return;
        }
        refilling = true;
        long from = state.sequence();
        log.readPage(gameId, from, PAGE)
                .ifNoItem()
                .after(READ_TIMEOUT)
                .fail()
                .subscribe()
                .with(this::refilled, failure -> failed(from, failure));
    }

    /** Reads the log up to its end unless the feed got there already (a read in flight is not repeated). */
    synchronized void readIfNotReady() {
        if (!ready.isDone()) {
            refill();
        }
    }

    /**
     * The periodic aggregate frames due now (ticks, standings that waited for points); and events still
     * waiting behind a gap with no read under way (one failed) get their read, not only at the next event.
     */
    synchronized void tick() {
        aggregates.due(state, audience);
        if (!waiting.isEmpty() && !refilling) {
            refill();
        }
    }

    public String gameId() {
        return gameId;
    }

    /**
     * The game as this instance folded it: a prefix of the log, never behind what any of its connections
     * was sent (an event is folded before it is routed).
     */
    public GameState folded() {
        return state;
    }

    /** The sequence of the last event folded. */
    public synchronized long position() {
        return state.sequence();
    }

    /**
     * The standings of {@code state}, sorted once for all the welcomes built from it (each used to sort
     * the whole board again: 10,000 hellos of a 10,000-player game meant 10,000 sorts).
     */
    public Standings standings(GameState of) {
        Standings cached = welcomeStandings;
        if (cached != null && cached.belongTo(of)) {
            return cached;
        }
        Standings fresh = Standings.of(of);
        welcomeStandings = fresh;
        return fresh;
    }

    /** A page of the game's board for a host. */
    public synchronized ServerFrame.Page board(String id, int offset, int limit) {
        return aggregates.board(id, offset, limit, state);
    }

    private synchronized void refilled(List<LoggedEvent> events) {
        refilling = false;
        for (LoggedEvent event : events) {
            if (event.sequence() == state.sequence() + 1) {
                process(event);
            }
        }
        waiting.headMap(state.sequence(), true).clear();
        if (events.size() >= PAGE) {
            refill();
            return;
        }
        ready.complete(null);
        drain();
    }

    private void failed(long from, Throwable failure) {
        Log.warnf("game %s: reading the log after %d failed: %s", gameId, from, failure.getMessage());
        synchronized (this) {
            refilling = false;
            // Its connections resume from what they saw; closing beats delivering with a hole.
            audience.forEach(Subscriber::failed);
        }
        ready.completeExceptionally(failure);
    }

    private void drain() {
        while (!refilling && !waiting.isEmpty() && waiting.firstKey() <= state.sequence() + 1) {
            LoggedEvent event = waiting.pollFirstEntry().getValue();
            if (event.sequence() == state.sequence() + 1) {
                process(event);
            }
        }
        if (!waiting.isEmpty()) {
            refill();
        }
    }

    private void process(LoggedEvent event) {
        aggregates.before(event, state, audience);
        state = GameEngine.apply(state, event.envelope());
        aggregates.after(event, state);
        audience.route(event);
        aggregates.settled(state, audience);
        measure(event);
    }

    /**
     * Folds a whole append, then routes it: standings owed from before go out ahead of it, and the
     * standings of a reveal in it right after it, since the engine appends a reveal's points with it.
     */
    private void processAppend(List<LoggedEvent> append) {
        aggregates.before(append.getFirst(), state, audience);
        for (LoggedEvent event : append) {
            state = GameEngine.apply(state, event.envelope());
            aggregates.after(event, state);
        }
        audience.route(append);
        aggregates.appended(state, audience);
        append.forEach(this::measure);
    }

    /**
     * A buzz's verdict counts on the gateway its player is connected to (where it was received), once; a
     * question's fan-out on every gateway serving the game, each for its own connections.
     */
    private void measure(LoggedEvent event) {
        switch (event.envelope().event()) {
            case BuzzPressed buzz
            when !buzz.receivedAt().isBefore(createdAt) && audience.hasPlayer(buzz.playerId()) ->
                latencies.buzzVerdict(buzz.receivedAt());
            case QuestionShown shown
            when !event.envelope().serverTime().isBefore(createdAt) && !audience.isEmpty() ->
                latencies.questionFanout(event.envelope().serverTime());
            default -> {}
        }
    }

    /** What a connection attached at: the game's state and its current aggregates. */
    public record Attached(GameState state, ServerFrame.Tick tick, ServerFrame.Standings standings) {}
}
