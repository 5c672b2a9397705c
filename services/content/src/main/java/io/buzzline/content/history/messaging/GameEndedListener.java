package io.buzzline.content.history.messaging;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.buzzline.content.history.GameArchive;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.EndConfirmation;
import io.buzzline.events.wire.SharedStream;

/**
 * On GAME_ENDED, archives the game's whole log into Firestore (once per game, however often the event
 * is delivered) and then tells match that content is done with the game, so its Redis keys may expire.
 */
@ApplicationScoped
public class GameEndedListener {

    private final GameLogReader logs;
    private final GameArchive archive;
    private final Emitter<String> confirmations;
    private final EventCodec codec = new EventCodec();
    private final WireCodec wire = new WireCodec();

    public GameEndedListener(
            GameLogReader logs,
            GameArchive archive,
            @Channel(SharedStream.Channel.CONFIRMATIONS) Emitter<String> confirmations) {
        this.logs = logs;
        this.archive = archive;
        this.confirmations = confirmations;
    }

    @Incoming(SharedStream.Channel.MILESTONES)
    @Blocking
    public void onEvent(String json) throws Exception {
        EventEnvelope event;
        try {
            event = codec.decode(json);
        } catch (ModelDecodingException e) {
            Log.warnf("skipping an undecodable event on %s: %s", SharedStream.Channel.MILESTONES, e.getMessage());
            return;
        }
        if (!(event.event() instanceof GameEnded)) {
            return;
        }
        // Archive first, confirm after: a crash in between re-archives (a no-op) and confirms then.
        archive.archive(logs.read(event.gameId()));
        String confirmation = wire.encode(new EndConfirmation(event.gameId(), "content"));
        confirmations.send(confirmation).toCompletableFuture().get(10, TimeUnit.SECONDS);
        Log.infof("game %s archived and confirmed to match", event.gameId());
    }
}
