package io.buzzline.redis.streams.outgoing;

import io.vertx.mutiny.core.Vertx;

import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.redis.streams.redis.StreamCommands;
import io.buzzline.redis.streams.tracing.StreamTracing;

/** The collaborators an outgoing channel is built from. */
public record OutgoingParts(
        Vertx vertx, StreamCommands commands, PayloadEncoder encoder, ChannelMetrics metrics, StreamTracing tracing) {}
