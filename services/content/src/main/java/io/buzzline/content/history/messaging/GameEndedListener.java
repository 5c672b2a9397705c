package io.buzzline.content.history.messaging;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.buzzline.content.history.GameArchive;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.EndConfirmation;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.redis.streams.incoming.Settle;

/**
 * On GAME_ENDED, archives the game's whole log into Firestore (once per game, however often the event
 * is delivered) and then tells match that content is done with the game, so its Redis keys may expire.
 * Reading the log and writing Firestore block, so the method runs on a worker thread, one entry after
 * another in stream order; the entry is acked once the confirmation is in Redis, nacked (delivered again)
 * if anything failed. The one confirmation outstanding at a time needs no more than the small buffer
 * (libs/redis-streams README, "Consuming and emitting").
 */
@ApplicationScoped
public class GameEndedListener {

    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final GameLogReader logs;
    private final GameArchive archive;
    private final MutinyEmitter<String> confirmations;
    private final EventCodec codec = new EventCodec();
    private final WireCodec wire = new WireCodec();

    public GameEndedListener(
            GameLogReader logs,
            GameArchive archive,
            @Channel(SharedStream.Channel.CONFIRMATIONS)
                    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16)
                    MutinyEmitter<String> confirmations) {
        this.logs = logs;
        this.archive = archive;
        this.confirmations = confirmations;
    }

    @Incoming(SharedStream.Channel.MILESTONES)
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return Settle.afterEvent(message, codec, this::archive);
    }

    private void archive(EventEnvelope event) {
        if (!(event.event() instanceof GameEnded)) {
            return;
        }
        // Archive first, confirm after: a crash in between re-archives (a no-op) and confirms then.
        archive.archive(logs.read(event.gameId()));
        String confirmation = wire.encode(new EndConfirmation(event.gameId(), "content"));
        confirmations.send(confirmation).await().atMost(CONFIRM_TIMEOUT);
        Log.infof("game %s archived and confirmed to match", event.gameId());
    }
}
