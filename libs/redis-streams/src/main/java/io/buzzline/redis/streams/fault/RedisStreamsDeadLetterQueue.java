package io.buzzline.redis.streams.fault;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.StreamFields;
import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMessage;
import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;
import io.buzzline.redis.streams.incoming.IncomingRuntime;
import io.buzzline.redis.streams.incoming.IncomingSettings;
import io.buzzline.redis.streams.incoming.RedisStreamsAckHandler;

/**
 * Strategy {@code dead-letter-queue} (the default): a nacked entry stays pending and is delivered again
 * after {@code retry-delay-ms}; the nack of its {@code max-deliveries}-th delivery copies it to the
 * dead-letter stream with the reason, then acknowledges it. A crash between the two steps leaves it
 * pending, so it may reach the dead-letter stream twice, never zero times.
 */
public final class RedisStreamsDeadLetterQueue implements RedisStreamsFailureHandler {

    private static final Logger LOG = Logger.getLogger(RedisStreamsDeadLetterQueue.class);

    private final IncomingRuntime runtime;
    private final RedisStreamsAckHandler ackHandler;

    RedisStreamsDeadLetterQueue(IncomingRuntime runtime, RedisStreamsAckHandler ackHandler) {
        this.runtime = runtime;
        this.ackHandler = ackHandler;
    }

    @Override
    public Uni<Void> handle(IncomingRedisStreamsMessage<?> message, Throwable reason) {
        IncomingSettings settings = runtime.settings();
        IncomingRedisStreamsMetadata metadata = message.redisMetadata();
        runtime.metrics().nacked();
        if (metadata.deliveryCount() < settings.maxDeliveries()) {
            runtime.inFlight().retryLater(metadata.entryId(), metadata.deliveryCount(), settings.retryDelay());
            return Uni.createFrom().voidItem().emitOn(message::runOnMessageContext);
        }
        LOG.warnf(
                "Entry %s of %s failed %d times, moving it to %s: %s",
                metadata.entryId(),
                settings.stream(),
                metadata.deliveryCount(),
                settings.deadLetterStream(),
                reason.getMessage());
        return runtime.commands()
                .xadd(settings.deadLetterStream(), settings.deadLetterMaxLen(), deadLetterFields(message, reason))
                .onItem()
                .invoke(runtime.metrics()::deadLettered)
                .onItem()
                .transformToUni(id -> ackHandler.handle(message))
                .onFailure()
                .invoke(failure -> runtime.inFlight()
                        .retryLater(metadata.entryId(), metadata.deliveryCount(), settings.retryDelay()))
                // Retried later: the nack itself succeeded, or SmallRye would end the channel.
                .onFailure()
                .recoverWithNull()
                .emitOn(message::runOnMessageContext);
    }

    private Map<String, byte[]> deadLetterFields(IncomingRedisStreamsMessage<?> message, Throwable reason) {
        IncomingRedisStreamsMetadata metadata = message.redisMetadata();
        Map<String, byte[]> fields = new LinkedHashMap<>(message.entry().fields());
        fields.put(StreamFields.DLQ_REASON, utf8(String.valueOf(reason.getMessage())));
        fields.put(StreamFields.DLQ_CAUSE, utf8(reason.getClass().getName()));
        fields.put(StreamFields.DLQ_STREAM, utf8(metadata.stream()));
        fields.put(StreamFields.DLQ_GROUP, utf8(metadata.group()));
        fields.put(StreamFields.DLQ_ENTRY_ID, utf8(metadata.entryId()));
        fields.put(StreamFields.DLQ_DELIVERIES, utf8(String.valueOf(metadata.deliveryCount())));
        return fields;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Factory bean for {@code failure-strategy=dead-letter-queue}. */
    @ApplicationScoped
    @Identifier(DEAD_LETTER_QUEUE)
    public static class Factory implements RedisStreamsFailureHandler.Factory {
        @Override
        public RedisStreamsFailureHandler create(IncomingRuntime runtime, RedisStreamsAckHandler ackHandler) {
            return new RedisStreamsDeadLetterQueue(runtime, ackHandler);
        }
    }
}
