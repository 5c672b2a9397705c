package io.buzzline.match.fanout;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

import io.buzzline.engine.Rejection;
import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.CommandRefusal;
import io.buzzline.match.log.GameKeys;
import io.buzzline.match.runtime.Step;

/**
 * Tells the game's gateways that a command was refused (and why), on the game's rejection channel, so
 * the gateway holding the sender answers it with an error frame. Best effort: nothing was logged.
 */
@ApplicationScoped
public class RejectionReporter {

    private final Redis redis;
    private final WireCodec wire = new WireCodec();

    public RejectionReporter(Redis redis) {
        this.redis = redis;
    }

    public void report(GameKeys keys, Step step, Rejection reason) {
        if (step.entryId() == null) {
            Log.debugf("game %s: own %s refused: %s", keys.gameId(), step.type(), reason);
            return;
        }
        String json = wire.encode(
                new CommandRefusal(keys.gameId(), step.commandId(), step.type(), reason.name(), reason.description()));
        redis.send(Request.cmd(Command.PUBLISH).arg(keys.rejectionChannel()).arg(json))
                .subscribe()
                .with(ignored -> {}, failure -> Log.debugf("rejection report lost: %s", failure.getMessage()));
    }
}
