package io.buzzline.scoring.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.commands.RecordScore;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.scoring.stats.GameEndRecorder;
import io.buzzline.scoring.tally.GameScorer;

/**
 * Consumes match's event stream (group {@code scoring}): scores each event on its game's lane, sends
 * its scores to match and, at GAME_ENDED, records the game and confirms. An entry is acknowledged only
 * when all that is done; a failure (Redis, PostgreSQL, an event ahead of its game) nacks it, so it is
 * delivered again.
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

    private void handle(EventEnvelope envelope) {
        List<RecordScore> scores = scorer.score(envelope);
        if (!scores.isEmpty()) {
            match.sendScores(envelope.gameId(), scores);
            scorer.sent(envelope);
        }
        if (envelope.event() instanceof GameEnded ended) {
            endings.record(envelope, ended);
            match.confirmEnd(envelope.gameId());
        }
    }
}
