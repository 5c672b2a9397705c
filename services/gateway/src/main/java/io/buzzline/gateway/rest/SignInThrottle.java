package io.buzzline.gateway.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import io.buzzline.gateway.ws.TokenBucket;

/**
 * Sign-in attempts per client address: a {@link TokenBucket} each (the WebSocket's per-connection limit), for
 * the most recent {@value #ADDRESSES} addresses; an address pushed out starts afresh, which only a flood of
 * other addresses can do. Per gateway instance: with N instances behind a balancer an address gets up to N times
 * the rate, still a handful a minute.
 */
final class SignInThrottle {

    static final int ADDRESSES = 100_000;

    private final int perMinute;
    private final Map<String, TokenBucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
            return size() > ADDRESSES;
        }
    };

    SignInThrottle(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("sign-ins per minute must be at least 1, was " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Whether {@code address} may try a sign-in now; takes the attempt if so. */
    synchronized boolean tryAttempt(String address, long nowNanos) {
        return buckets.computeIfAbsent(address, a -> new TokenBucket(perMinute, perMinute, 60, nowNanos))
                .tryTake(nowNanos);
    }

    /** Seconds until an address that was refused has one attempt again. */
    long retryAfterSeconds() {
        return Math.max(1, (60 + perMinute - 1) / perMinute);
    }
}
