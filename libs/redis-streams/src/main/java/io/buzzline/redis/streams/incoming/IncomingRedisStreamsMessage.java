package io.buzzline.redis.streams.incoming;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.smallrye.reactive.messaging.providers.MetadataInjectableMessage;
import io.smallrye.reactive.messaging.providers.locals.ContextAwareMessage;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.buzzline.redis.streams.fault.RedisStreamsFailureHandler;
import io.buzzline.redis.streams.redis.StreamEntry;

/**
 * A message read from a stream. Ack and nack go to the channel's handlers; whichever comes first settles
 * the entry and later calls are ignored, also on copies made with {@link #withPayload}.
 */
public final class IncomingRedisStreamsMessage<T> implements ContextAwareMessage<T>, MetadataInjectableMessage<T> {

    private final T payload;
    private final StreamEntry entry;
    private final IncomingRedisStreamsMetadata redisMetadata;
    private final RedisStreamsAckHandler ackHandler;
    private final RedisStreamsFailureHandler failureHandler;
    private final AtomicBoolean settled;
    private Metadata metadata;

    IncomingRedisStreamsMessage(
            T payload,
            StreamEntry entry,
            IncomingRedisStreamsMetadata redisMetadata,
            RedisStreamsAckHandler ackHandler,
            RedisStreamsFailureHandler failureHandler) {
        this(
                payload,
                entry,
                redisMetadata,
                ContextAwareMessage.captureContextMetadata(redisMetadata),
                ackHandler,
                failureHandler,
                new AtomicBoolean());
    }

    private IncomingRedisStreamsMessage(
            T payload,
            StreamEntry entry,
            IncomingRedisStreamsMetadata redisMetadata,
            Metadata metadata,
            RedisStreamsAckHandler ackHandler,
            RedisStreamsFailureHandler failureHandler,
            AtomicBoolean settled) {
        this.payload = payload;
        this.entry = entry;
        this.redisMetadata = redisMetadata;
        this.metadata = metadata;
        this.ackHandler = ackHandler;
        this.failureHandler = failureHandler;
        this.settled = settled;
    }

    @Override
    public T getPayload() {
        return payload;
    }

    @Override
    public Metadata getMetadata() {
        return metadata;
    }

    public IncomingRedisStreamsMetadata redisMetadata() {
        return redisMetadata;
    }

    /** The entry as read, all fields included (the dead-letter stream copies them). */
    public StreamEntry entry() {
        return entry;
    }

    @Override
    public void injectMetadata(Object metadataObject) {
        metadata = metadata.with(metadataObject);
    }

    @Override
    public <P> Message<P> withPayload(P newPayload) {
        return new IncomingRedisStreamsMessage<>(
                newPayload, entry, redisMetadata, metadata, ackHandler, failureHandler, settled);
    }

    @Override
    public Function<Metadata, CompletionStage<Void>> getAckWithMetadata() {
        return this::ack;
    }

    @Override
    public BiFunction<Throwable, Metadata, CompletionStage<Void>> getNackWithMetadata() {
        return this::nack;
    }

    @Override
    public CompletionStage<Void> ack(Metadata ackMetadata) {
        if (!settled.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        return ackHandler.handle(this).subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Void> nack(Throwable reason, Metadata nackMetadata) {
        if (!settled.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        return failureHandler.handle(this, reason).subscribeAsCompletionStage();
    }
}
