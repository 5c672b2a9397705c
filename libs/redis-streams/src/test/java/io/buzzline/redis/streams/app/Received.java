package io.buzzline.redis.streams.app;

import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;

/** A payload a test consumer processed, with the metadata it came with. */
public record Received<T>(T payload, IncomingRedisStreamsMetadata metadata) {}
