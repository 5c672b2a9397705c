package io.buzzline.scoring.messaging;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.scoring.stats.GameEndRecorder;
import io.buzzline.scoring.tally.GameScorer;
import io.buzzline.scoring.tally.ScoreOutcome;

/**
 * Consumes match's event stream (group {@code scoring}): tallies each event on its game's lane (the
 * engine's SCORE_UPDATED points, answer statistics) and, at GAME_ENDED, records the game and confirms. An entry is acknowledged only
 * when all that is done (or the event is parked in Redis behind an earlier one of its game); a failure
 * (Redis, PostgreSQL) nacks it, so it is delivered again.
 */
@ApplicationScoped
public class EventIntake {

    private final EventCodec codec = new EventCodec();
    private final GameScorer scorer;
    private final GameEndRecorder endings;
    private final MatchOutbox match;
    private final GameLanes lanes;

    public EventIntake(GameScorer scorer, GameEndRecorder endings, MatchOutbox match, GameLanes lanes) {
        this.scorer = scorer;
        this.endings = endings;
        this.match = match;
        this.lanes = lanes;
    }

    @Incoming(Channels.EVENTS)
    public CompletionStage<Void> onEvent(Message<String> message) {
        EventEnvelope envelope;
        try {
            envelope = codec.decode(message.getPayload());
        } catch (ModelDecodingException e) {
            // Nothing a retry could fix: skip it, loudly.
            Log.warnf("skipping an undecodable event: %s", e.getMessage());
            return message.ack();
        }
        return lanes.submit(envelope.gameId(), () -> {
            try {
                handle(envelope);
                message.ack();
            } catch (RuntimeException e) {
                Log.warnf("event %s not scored yet: %s", envelope.eventId(), e.getMessage());
                message.nack(e);
            }
        });
    }

    /**
     * Handles {@code envelope}, then the events parked behind it, one after another: each is its game's
     * next one once the one before is applied. A parked event is dropped from Redis only after it is
     * fully handled, and {@code envelope}'s entry is acknowledged only after the whole run: if the
     * instance dies midway, the entry comes again (applied already), and the run is picked up from there.
     */
    private void handle(EventEnvelope envelope) {
        EventEnvelope current = envelope;
        while (true) {
            boolean parkedBehind;
            switch (scorer.score(current)) {
                case ScoreOutcome.InTally(boolean behind) -> {
                    done(current);
                    parkedBehind = behind;
                }
                case ScoreOutcome.Parked() -> {
                    parked(current);
                    return;
                }
            }
            if (current != envelope) {
                scorer.unpark(current);
            }
            Optional<EventEnvelope> next = parkedBehind ? scorer.parkedAfter(current) : Optional.empty();
            if (next.isEmpty()) {
                return;
            }
            current = next.get();
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
