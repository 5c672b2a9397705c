package io.buzzline.redis.streams.incoming;

import java.util.function.Consumer;

import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.redis.streams.redis.StreamCommands;

/**
 * What the ack and failure handlers of one incoming channel work with: its settings, its commands, the
 * entries it owns, its meters, and a way to stop the channel on a fatal failure.
 */
public record IncomingRuntime(
        IncomingSettings settings,
        StreamCommands commands,
        InFlight inFlight,
        ChannelMetrics metrics,
        Consumer<Throwable> failChannel) {}
