package io.buzzline.scoring.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.EndConfirmation;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.scoring.config.ScoringConfig;

/**
 * Tells match that scoring is done with a game, and waits until Redis holds the confirmation, so that
 * GAME_ENDED is acknowledged only after match can see it. Scoring sends match nothing else: the engine
 * computes the points itself at each reveal. Each lane waits for its own send, so at most one per lane
 * (4 by default) is outstanding: the buffer of 64 never overflows (libs/redis-streams README, "Consuming
 * and emitting").
 */
@ApplicationScoped
public class MatchOutbox {

    private final MutinyEmitter<String> confirmations;
    private final Duration timeout;
    private final String consumerName;
    private final WireCodec wire = new WireCodec();

    public MatchOutbox(
            @Channel(SharedStream.Channel.CONFIRMATIONS)
                    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 64)
                    MutinyEmitter<String> confirmations,
            ScoringConfig config) {
        this.confirmations = confirmations;
        this.timeout = config.redis().timeout();
        this.consumerName = config.scoring().consumerName();
    }

    /** Tells match that scoring has processed the game's GAME_ENDED. */
    public void confirmEnd(String gameId) {
        String json = wire.encode(new EndConfirmation(gameId, consumerName));
        try {
            confirmations.send(json).await().atMost(timeout);
        } catch (RuntimeException e) {
            // Refused, failed or timed out (an interrupt keeps the thread's flag).
            throw new IllegalStateException("match's stream did not take what scoring sent: " + e.getMessage(), e);
        }
    }
}
