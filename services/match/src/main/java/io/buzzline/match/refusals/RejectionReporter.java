package io.buzzline.match.refusals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

import io.buzzline.engine.Rejection;
import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.CommandRefusal;
import io.buzzline.events.wire.LivePubSub;
import io.buzzline.match.redis.GameKeys;
import io.buzzline.redis.streams.redis.Coalescer;

/**
 * Tells the game's gateways which commands were refused (and why) on the game's rejection channel, so the
 * gateway holding each sender answers it with an error frame. Refusals are group-committed: while one
 * batch of PUBLISHes is out, what is refused meanwhile waits and goes out after it as one message per game
 * ({@link WireCodec#encodeCommandRefusals}). When 10,000 players buzz at once, 9,999 are refused; one
 * PUBLISH each was 9,999 round trips from here and as many messages for every gateway of the game to parse.
 * A lone refusal still goes out at once. Best effort: nothing was logged.
 */
@ApplicationScoped
public class RejectionReporter {

    /** Refusals per batch: bounds one message (~150 bytes each) while still folding a whole crowd's buzz. */
    private static final int MAX_BATCH = 1024;

    private final Redis redis;
    private final Command publish;
    private final WireCodec wire = new WireCodec();
    private final Coalescer<Pending> pending;

    public RejectionReporter(Redis redis, Vertx vertx, LivePubSub pubSub) {
        this.redis = redis;
        // The command itself, not its name: the cluster client routes SPUBLISH to its channel's slot by it.
        this.publish = switch (pubSub) {
            case CLASSIC -> Command.PUBLISH;
            case SHARDED -> Command.SPUBLISH;
        };
        // The intake hands entries over one event-loop task at a time, so only a batch in flight folds them.
        this.pending = Coalescer.oneInFlight(vertx.getOrCreateContext(), MAX_BATCH, this::publish);
    }

    /**
     * A command the engine refused, and why: its id, type and the intake entry it came from (null for the
     * runtime's own commands, which no client waits for).
     */
    public record Refused(String commandId, String type, String entryId, Rejection reason) {}

    private record Pending(String channel, CommandRefusal refusal) {}

    /** Reports the refusals of one group of a game's commands, in the order they were decided. */
    public void report(GameKeys keys, List<Refused> group) {
        for (Refused refused : group) {
            Rejection reason = refused.reason();
            if (refused.entryId() == null) {
                // The runtime's own (a timer fired early, a question load raced): no client waits for it.
                Log.debugf("game %s: own %s refused: %s", keys.gameId(), refused.type(), reason);
                continue;
            }
            pending.add(new Pending(
                    keys.rejectionChannel(),
                    new CommandRefusal(
                            keys.gameId(), refused.commandId(), refused.type(), reason.name(), reason.description())));
        }
    }

    /** One PUBLISH per game of the batch; done when Redis answered them all (or one failed). */
    private CompletionStage<Void> publish(List<Pending> batch) {
        Map<String, List<CommandRefusal>> byChannel = new LinkedHashMap<>();
        for (Pending refusal : batch) {
            byChannel
                    .computeIfAbsent(refusal.channel(), ignored -> new ArrayList<>())
                    .add(refusal.refusal());
        }
        List<Uni<Void>> sends = new ArrayList<>(byChannel.size());
        byChannel.forEach((channel, refusals) ->
                sends.add(redis.send(Request.cmd(publish).arg(channel).arg(wire.encodeCommandRefusals(refusals)))
                        .onFailure()
                        .invoke(failure -> Log.debugf("rejection report lost: %s", failure.getMessage()))
                        .onFailure()
                        .recoverWithNull()
                        .replaceWithVoid()));
        return Uni.join().all(sends).andFailFast().replaceWithVoid().subscribeAsCompletionStage();
    }
}
