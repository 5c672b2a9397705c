package io.buzzline.redis.streams.fault;

import io.smallrye.mutiny.Uni;

import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMessage;
import io.buzzline.redis.streams.incoming.IncomingRuntime;
import io.buzzline.redis.streams.incoming.RedisStreamsAckHandler;

/**
 * What a nack does to an entry. Strategies are CDI beans implementing {@link Factory}, named with
 * {@code @Identifier} and chosen per channel by {@code failure-strategy}.
 */
public interface RedisStreamsFailureHandler {

    String FAIL = "fail";
    String IGNORE = "ignore";
    String DEAD_LETTER_QUEUE = "dead-letter-queue";

    Uni<Void> handle(IncomingRedisStreamsMessage<?> message, Throwable reason);

    /** Creates the handler of one channel. */
    interface Factory {
        RedisStreamsFailureHandler create(IncomingRuntime runtime, RedisStreamsAckHandler ackHandler);
    }
}
