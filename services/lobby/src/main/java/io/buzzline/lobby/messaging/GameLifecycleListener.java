package io.buzzline.lobby.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.lobby.game.AutoStartSchedule;
import io.buzzline.lobby.game.GameRegistry;
import io.buzzline.lobby.game.GameStatus;
import io.buzzline.redis.streams.incoming.Settle;

/**
 * Follows every game's life from match's milestone stream (only the events that move a game through its
 * life, a handful per game): once its questions are loaded, a quick-play
 * game may be started; once a round has started, joining needs late join; once the game has ended,
 * its code is released and it leaves the public list. These updates are blocking Redis calls, so the method
 * runs on a worker thread, one entry after another in stream order; an entry is acked after its update and
 * nacked (delivered again) if the update failed.
 */
@ApplicationScoped
public class GameLifecycleListener {

    private final GameRegistry registry;
    private final AutoStartSchedule autoStarts;
    private final EventCodec codec = new EventCodec();

    public GameLifecycleListener(GameRegistry registry, AutoStartSchedule autoStarts) {
        this.registry = registry;
        this.autoStarts = autoStarts;
    }

    @Incoming(SharedStream.Channel.MILESTONES)
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return Settle.afterEvent(message, codec, this::follow);
    }

    private void follow(EventEnvelope event) {
        // Only these change who may join or whether a game may start; every other event is ignored.
        if (event.event() instanceof QuestionsLoaded) {
            autoStarts.markQuestionsReady(event.gameId());
        } else if (event.event() instanceof RoundStarted) {
            registry.updateStatus(event.gameId(), GameStatus.STARTED);
        } else if (event.event() instanceof GameEnded) {
            registry.updateStatus(event.gameId(), GameStatus.ENDED);
        }
    }
}
