package io.buzzline.redis.streams.fault;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMessage;
import io.buzzline.redis.streams.incoming.IncomingRuntime;
import io.buzzline.redis.streams.incoming.RedisStreamsAckHandler;

/** Strategy {@code ignore}: logs the failure and acknowledges the entry, which is then gone. */
public final class RedisStreamsIgnore implements RedisStreamsFailureHandler {

    private static final Logger LOG = Logger.getLogger(RedisStreamsIgnore.class);

    private final IncomingRuntime runtime;
    private final RedisStreamsAckHandler ackHandler;

    RedisStreamsIgnore(IncomingRuntime runtime, RedisStreamsAckHandler ackHandler) {
        this.runtime = runtime;
        this.ackHandler = ackHandler;
    }

    @Override
    public Uni<Void> handle(IncomingRedisStreamsMessage<?> message, Throwable reason) {
        LOG.warnf(
                "Entry %s of %s nacked and ignored (failure-strategy=ignore): %s",
                message.redisMetadata().entryId(), runtime.settings().stream(), reason.getMessage());
        runtime.metrics().nacked();
        return ackHandler.handle(message);
    }

    /** Factory bean for {@code failure-strategy=ignore}. */
    @ApplicationScoped
    @Identifier(IGNORE)
    public static class Factory implements RedisStreamsFailureHandler.Factory {
        @Override
        public RedisStreamsFailureHandler create(IncomingRuntime runtime, RedisStreamsAckHandler ackHandler) {
            return new RedisStreamsIgnore(runtime, ackHandler);
        }
    }
}
