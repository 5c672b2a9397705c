package io.buzzline.scoring.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.logging.Log;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.json.EventBatch;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.redis.streams.tracing.TraceMetadata;
import io.buzzline.scoring.config.ScoringConfig;
import io.buzzline.scoring.stats.GameEndRecorder;
import io.buzzline.scoring.tally.GameScorer;
import io.buzzline.scoring.tally.ScoreOutcome;
import io.buzzline.telemetry.LogFields;

/**
 * Consumes match's event stream (group {@code scoring}): tallies the events on their game's lane (the
 * engine's SCORE_UPDATED points, answer statistics) and, at GAME_ENDED, records the game and confirms.
 * The events of a game that wait on its lane together are tallied as one run, in one script call. An entry
 * is acknowledged only when all its event asked for is done (or the event is parked in Redis behind an
 * earlier one of its game); a failure (Redis, PostgreSQL) nacks it, so it is delivered again.
 */
@ApplicationScoped
public class EventIntake {

    private final EventCodec codec = new EventCodec();
    private final GameScorer scorer;
    private final GameEndRecorder endings;
    private final MatchOutbox match;
    private final GameLanes<Arrival> lanes;

    public EventIntake(GameScorer scorer, GameEndRecorder endings, MatchOutbox match, ScoringConfig config) {
        this.scorer = scorer;
        this.endings = endings;
        this.match = match;
        this.lanes = new GameLanes<>(
                config.scoring().lanes(),
                config.scoring().maxInFlight(),
                config.scoring().maxRun(),
                this::tally);
    }

    /**
     * An entry holds the events of one append in match ({@link EventBatch}). Each goes to its game's lane
     * as its own arrival; the entry is acknowledged once every one of them is, and nacked (all of it comes
     * again; the tally skips what it has) as soon as one is.
     */
    @Incoming(SharedStream.Channel.EVENTS)
    public CompletionStage<Void> onEvent(Message<String> message) {
        List<EventEnvelope> envelopes = new ArrayList<>(1);
        for (String json : EventBatch.split(message.getPayload())) {
            try {
                envelopes.add(codec.decode(json));
            } catch (ModelDecodingException e) {
                // Nothing a retry could fix: skip it, loudly.
                Log.warnf("skipping an undecodable event: %s", e.getMessage());
            }
        }
        if (envelopes.isEmpty()) {
            return message.ack();
        }
        if (envelopes.size() == 1) {
            return lanes.submit(envelopes.getFirst().gameId(), new Arrival(envelopes.getFirst(), message));
        }
        EntryParts parts = new EntryParts(message, envelopes.size());
        CompletableFuture<?>[] turns = new CompletableFuture<?>[envelopes.size()];
        for (int i = 0; i < envelopes.size(); i++) {
            EventEnvelope envelope = envelopes.get(i);
            turns[i] = lanes.submit(envelope.gameId(), new Arrival(envelope, parts.part()))
                    .toCompletableFuture();
        }
        return CompletableFuture.allOf(turns);
    }

    /** The span the connector started for the entry of {@code arrival}, if it traced it. */
    private static SpanContext trace(Arrival arrival) {
        return arrival.message()
                .getMetadata(TraceMetadata.class)
                .map(trace -> Span.fromContext(trace.context()).getSpanContext())
                .orElse(null);
    }

    @PreDestroy
    void stop() {
        lanes.stop();
    }

    /**
     * Tallies a run of one game's events (in arrival order) in one script call, then does what each asks
     * for (GAME_ENDED: record and confirm), then handles the events parked behind the run, one after
     * another. Every entry is settled after all that: acknowledged, or nacked if its own part failed (the
     * run's script call: all of them) or, for the entry the parked events were followed from, if following
     * them failed, so its redelivery picks them up from there.
     */
    void tally(List<Arrival> run) {
        List<EventEnvelope> envelopes = new ArrayList<>(run.size());
        run.forEach(arrival -> envelopes.add(arrival.envelope()));
        List<ScoreOutcome> outcomes;
        try {
            outcomes = scorer.scoreRun(envelopes);
        } catch (RuntimeException e) {
            try (var fields = LogFields.of(envelopes.getFirst().gameId(), null, trace(run.getFirst()))) {
                Log.warnf(
                        "%d events of game %s not scored yet: %s",
                        run.size(), envelopes.getFirst().gameId(), e.getMessage());
            }
            run.forEach(arrival -> arrival.message().nack(e));
            return;
        }
        RuntimeException[] failures = new RuntimeException[run.size()];
        // The event in the tally with the lowest sequence that may have events parked behind it.
        int followFrom = -1;
        for (int i = 0; i < run.size(); i++) {
            EventEnvelope envelope = envelopes.get(i);
            try {
                switch (outcomes.get(i)) {
                    case ScoreOutcome.InTally(boolean parkedBehind) -> {
                        done(envelope);
                        if (parkedBehind
                                && (followFrom < 0
                                        || envelope.sequence()
                                                < envelopes.get(followFrom).sequence())) {
                            followFrom = i;
                        }
                    }
                    case ScoreOutcome.Parked() -> parked(envelope);
                }
            } catch (RuntimeException e) {
                failures[i] = e;
            }
        }
        if (followFrom >= 0) {
            try {
                followParked(envelopes.get(followFrom));
            } catch (RuntimeException e) {
                failures[followFrom] = e;
            }
        }
        for (int i = 0; i < run.size(); i++) {
            Message<String> message = run.get(i).message();
            if (failures[i] == null) {
                message.ack();
            } else {
                Log.warnf("event %s not scored yet: %s", envelopes.get(i).eventId(), failures[i].getMessage());
                message.nack(failures[i]);
            }
        }
    }

    /**
     * Handles the events parked behind {@code from}, one after another: each is its game's next one once
     * the one before is applied. A parked event is dropped from Redis only after it is fully handled; if
     * the instance dies midway, {@code from}'s entry comes again (applied already), and the parked events
     * are picked up from there.
     */
    private void followParked(EventEnvelope from) {
        Optional<EventEnvelope> next = scorer.parkedAfter(from);
        while (next.isPresent()) {
            EventEnvelope current = next.get();
            switch (scorer.score(current)) {
                case ScoreOutcome.InTally(boolean parkedBehind) -> {
                    done(current);
                    scorer.unpark(current);
                    next = parkedBehind ? scorer.parkedAfter(current) : Optional.empty();
                }
                case ScoreOutcome.Parked() -> {
                    parked(current);
                    next = Optional.empty();
                }
            }
        }
    }

    /** The event is in the tally; at the end, the game is recorded and match is told. */
    private void done(EventEnvelope envelope) {
        if (envelope.event() instanceof GameEnded ended) {
            endings.record(envelope, ended);
            match.confirmEnd(envelope.gameId());
        }
    }

    private void parked(EventEnvelope envelope) {
        if (envelope.event() instanceof GameEnded) {
            // Scoring holds nothing of this game yet (it never saw it created, or its earlier events are
            // still with a slow instance): confirming lets match expire the game's keys; should the earlier
            // events come, the parked end records the game and confirms again.
            match.confirmEnd(envelope.gameId());
        }
    }
}
