package io.buzzline.redis.streams.incoming;

import io.buzzline.redis.streams.redis.StreamEntry;

/** An entry handed to this consumer, with the number of times the group has delivered it. */
public record Delivery(StreamEntry entry, int deliveryCount) {}
