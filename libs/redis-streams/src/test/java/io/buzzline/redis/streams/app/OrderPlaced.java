package io.buzzline.redis.streams.app;

/** A JSON payload of the round trip. */
public record OrderPlaced(String orderId, int quantity) {}
