package io.buzzline.redis.streams.fault;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMessage;
import io.buzzline.redis.streams.incoming.IncomingRuntime;
import io.buzzline.redis.streams.incoming.RedisStreamsAckHandler;

/**
 * Strategy {@code fail}: the first nack stops the channel and marks it unhealthy. The entry stays
 * pending, so another instance claims it once it has been idle long enough.
 */
public final class RedisStreamsFail implements RedisStreamsFailureHandler {

    private static final Logger LOG = Logger.getLogger(RedisStreamsFail.class);

    private final IncomingRuntime runtime;

    RedisStreamsFail(IncomingRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Uni<Void> handle(IncomingRedisStreamsMessage<?> message, Throwable reason) {
        String entryId = message.redisMetadata().entryId();
        LOG.errorf(
                reason,
                "Channel %s stops: entry %s was nacked (failure-strategy=fail)",
                runtime.settings().channel(),
                entryId);
        runtime.metrics().nacked();
        runtime.inFlight().abandon(entryId);
        runtime.failChannel().accept(reason);
        return Uni.createFrom().voidItem().emitOn(message::runOnMessageContext);
    }

    /** Factory bean for {@code failure-strategy=fail}. */
    @ApplicationScoped
    @Identifier(FAIL)
    public static class Factory implements RedisStreamsFailureHandler.Factory {
        @Override
        public RedisStreamsFailureHandler create(IncomingRuntime runtime, RedisStreamsAckHandler ackHandler) {
            return new RedisStreamsFail(runtime);
        }
    }
}
