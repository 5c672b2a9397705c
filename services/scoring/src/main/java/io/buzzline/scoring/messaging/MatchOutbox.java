package io.buzzline.scoring.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.EndConfirmation;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.scoring.config.ScoringConfig;

/**
 * Tells match that scoring is done with a game, and waits until Redis holds the confirmation, so that
 * GAME_ENDED is acknowledged only after match can see it. Scoring sends match nothing else: the engine
 * computes the points itself at each reveal.
 */
@ApplicationScoped
public class MatchOutbox {

    private final Emitter<String> confirmations;
    private final Duration timeout;
    private final String consumerName;
    private final WireCodec wire = new WireCodec();

    public MatchOutbox(
            @Channel(SharedStream.Channel.CONFIRMATIONS) Emitter<String> confirmations, ScoringConfig config) {
        this.confirmations = confirmations;
        this.timeout = config.redis().timeout();
        this.consumerName = config.scoring().consumerName();
    }

    /** Tells match that scoring has processed the game's GAME_ENDED. */
    public void confirmEnd(String gameId) {
        String json = wire.encode(new EndConfirmation(gameId, consumerName));
        await(confirmations.send(json).toCompletableFuture());
    }

    private void await(CompletableFuture<?> future) {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to match", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("match's stream did not take what scoring sent: " + e.getMessage(), e);
        }
    }
}
