package io.buzzline.match.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.vertx.mutiny.redis.client.Redis;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.EndConfirmation;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.log.LogScripts;
import io.buzzline.match.redis.GameKeys;
import io.buzzline.match.redis.MatchKeys;
import io.buzzline.redis.streams.incoming.Settle;

/**
 * Records that a consumer (scoring, content) processed a game's GAME_ENDED; once every required one
 * did, the game's keys expire after the retention. Payload: {@code {"gameId":"g-1","consumer":"scoring"}}.
 * Acknowledged once the script ran; a failure (Redis) nacks it, so it is delivered again (recording a
 * consumer twice is a no-op).
 */
@ApplicationScoped
public class ConfirmationIntake {

    private final Redis redis;
    private final MatchKeys keys;
    private final MatchConfig.Match settings;
    private final WireCodec wire = new WireCodec();

    public ConfirmationIntake(Redis redis, MatchKeys keys, MatchConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.settings = config.match();
    }

    @Incoming(SharedStream.Channel.CONFIRMATIONS)
    CompletionStage<Void> receive(Message<String> message) {
        EndConfirmation confirmation;
        try {
            confirmation = wire.decodeEndConfirmation(message.getPayload());
        } catch (ModelDecodingException e) {
            Log.warnf("undecodable end confirmation skipped: %s", e.getMessage());
            return message.ack();
        }
        String gameId = confirmation.gameId();
        String consumer = confirmation.consumer();
        GameKeys game = keys.game(gameId);
        List<String> args = new ArrayList<>();
        args.add(consumer);
        args.add(Long.toString(settings.endedRetention().toMillis()));
        args.addAll(settings.endConfirmations());
        List<String> gameKeys = new ArrayList<>();
        gameKeys.add(game.meta());
        game.all().stream().filter(k -> !k.equals(game.meta())).forEach(gameKeys::add);
        return Settle.when(
                message,
                LogScripts.CONFIRM_END
                        .run(redis, gameKeys, args)
                        .invoke(reply -> {
                            if (reply.toLong() == 1) {
                                Log.infof("game %s: every consumer confirmed its end; keys expire", gameId);
                            }
                        })
                        .subscribeAsCompletionStage());
    }
}
