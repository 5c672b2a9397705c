package io.buzzline.scoring.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.json.JsonObject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.RecordScore;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.redis.streams.outgoing.OutgoingRedisStreamsMetadata;
import io.buzzline.scoring.config.ScoringConfig;

/**
 * Sends to match and waits until Redis holds what was sent, so that an event is acknowledged only
 * after its scores are on match's intake. Command id {@code score:<answer event id>}: match logs a
 * command id once, so sending again after a crash is harmless.
 */
@ApplicationScoped
public class MatchOutbox {

    private final Emitter<String> commands;
    private final Emitter<String> confirmations;
    private final CommandCodec codec = new CommandCodec();
    private final Clock clock;
    private final Duration timeout;
    private final String consumerName;

    public MatchOutbox(
            @Channel(Channels.COMMANDS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) Emitter<String> commands,
            @Channel(Channels.CONFIRMATIONS) Emitter<String> confirmations,
            Clock clock,
            ScoringConfig config) {
        this.commands = commands;
        this.confirmations = confirmations;
        this.clock = clock;
        this.timeout = config.redis().timeout();
        this.consumerName = config.scoring().consumerName();
    }

    /** The id match dedupes a score by. */
    public static String commandId(RecordScore score) {
        return "score:" + score.sourceEventId();
    }

    /** Sends the scores of one game, in order, and waits for Redis to have all of them. */
    public void sendScores(String gameId, List<RecordScore> scores) {
        if (scores.isEmpty()) {
            return;
        }
        CompletableFuture<?>[] sent = new CompletableFuture<?>[scores.size()];
        for (int i = 0; i < scores.size(); i++) {
            RecordScore score = scores.get(i);
            String id = commandId(score);
            String json = codec.encode(new CommandEnvelope(id, gameId, clock.instant(), score));
            CompletableFuture<Void> done = new CompletableFuture<>();
            commands.send(Message.of(json)
                    .addMetadata(new OutgoingRedisStreamsMetadata(null, id, Map.of("game-id", gameId)))
                    .withAck(() -> {
                        done.complete(null);
                        return done;
                    })
                    .withNack(failure -> {
                        done.completeExceptionally(failure);
                        return done;
                    }));
            sent[i] = done;
        }
        await(CompletableFuture.allOf(sent));
    }

    /** Tells match that scoring has processed the game's GAME_ENDED. */
    public void confirmEnd(String gameId) {
        String json = new JsonObject()
                .put("gameId", gameId)
                .put("consumer", consumerName)
                .encode();
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
