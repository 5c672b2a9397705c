package io.buzzline.redis.streams.incoming;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/**
 * Acknowledges an entry with XACK. Should XACK fail (Redis unreachable), the entry stays pending and is
 * delivered again later: a duplicate, which the at-least-once contract allows, never a loss. The
 * returned stage always succeeds: a failed ack stage ends the channel's stream in SmallRye, so one XACK
 * lost to a Redis restart used to stop a consumer for good.
 */
public final class RedisStreamsAckHandler {

    private static final Logger LOG = Logger.getLogger(RedisStreamsAckHandler.class);

    private final IncomingRuntime runtime;

    public RedisStreamsAckHandler(IncomingRuntime runtime) {
        this.runtime = runtime;
    }

    public Uni<Void> handle(IncomingRedisStreamsMessage<?> message) {
        String entryId = message.redisMetadata().entryId();
        IncomingSettings settings = runtime.settings();
        return runtime.commands()
                .xack(settings.stream(), settings.group(), entryId)
                .onItem()
                .invoke(acked -> {
                    runtime.metrics().acked();
                    runtime.inFlight().settled(entryId);
                })
                .onFailure()
                .invoke(failure -> {
                    LOG.warnf(
                            "XACK of %s on %s failed, it will be redelivered: %s",
                            entryId, settings.stream(), failure.getMessage());
                    runtime.inFlight().abandon(entryId);
                })
                // A failed ack must not fail the message's stage: SmallRye would end the whole channel.
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid()
                .emitOn(message::runOnMessageContext);
    }
}
