package io.buzzline.redis.streams.incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.redis.Coalescer;

/**
 * Acknowledges entries with XACK, only once the consuming method acked them. The acks that come in
 * while the channel's context is busy (typically a whole batch of entries processed in one go) leave
 * as one XACK listing all their ids: one command and one round trip instead of one per entry. Each
 * message's ack completes only once Redis answered the XACK that carried its id.
 *
 * <p>Should XACK fail (Redis unreachable), its entries stay pending and are delivered again later:
 * duplicates, which the at-least-once contract allows, never a loss. The returned stage always
 * succeeds: a failed ack stage ends the channel's stream in SmallRye, so one XACK lost to a Redis
 * restart used to stop a consumer for good.
 */
public final class RedisStreamsAckHandler {

    private static final Logger LOG = Logger.getLogger(RedisStreamsAckHandler.class);

    /** Most ids in one XACK; keeps one command's size and Redis' time on it small. */
    private static final int MAX_IDS = 1024;

    private final IncomingRuntime runtime;
    private final Context context;
    private final Coalescer<PendingAck> acks;

    /** An entry whose ack waits for its XACK. */
    private record PendingAck(String entryId, CompletableFuture<Void> done) {}

    /** {@code context}: the channel's, where its acks are gathered and completed. */
    public RedisStreamsAckHandler(IncomingRuntime runtime, Context context) {
        this.runtime = runtime;
        this.context = context;
        this.acks = new Coalescer<>(context, MAX_IDS, this::xack);
    }

    public Uni<Void> handle(IncomingRedisStreamsMessage<?> message) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        acks.add(new PendingAck(message.redisMetadata().entryId(), done));
        return Uni.createFrom().completionStage(done).emitOn(message::runOnMessageContext);
    }

    private void xack(List<PendingAck> batch) {
        IncomingSettings settings = runtime.settings();
        List<String> ids = new ArrayList<>(batch.size());
        batch.forEach(pending -> ids.add(pending.entryId()));
        runtime.commands()
                .xack(settings.stream(), settings.group(), ids)
                .subscribe()
                .with(
                        acked -> complete(batch, pending -> {
                            runtime.metrics().acked();
                            runtime.inFlight().settled(pending.entryId());
                        }),
                        failure -> {
                            LOG.warnf(
                                    "XACK of %d entries (%s...) on %s failed, they will be redelivered: %s",
                                    ids.size(), ids.get(0), settings.stream(), failure.getMessage());
                            complete(batch, pending -> runtime.inFlight().abandon(pending.entryId()));
                        });
    }

    /**
     * Settles and completes a batch back on the channel's context: one thread hop for the batch, after
     * which each message's own context (the same event loop) is reached without waking another thread.
     */
    private void complete(List<PendingAck> batch, Consumer<PendingAck> settle) {
        context.runOnContext(ignored -> batch.forEach(pending -> {
            settle.accept(pending);
            pending.done().complete(null);
        }));
    }
}
