package io.buzzline.gateway.ws;

/**
 * A rate limit: {@code burst} at once, refilled at a steady rate (the WebSocket's frames per connection, the
 * edge's sign-ins per client address). Thread-safe.
 */
public final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt;

    public TokenBucket(int burst, int perSecond, long nowNanos) {
        this(burst, perSecond, 1, nowNanos);
    }

    /** {@code burst} at once, refilled by {@code refill} every {@code seconds}. */
    public TokenBucket(int burst, int refill, int seconds, long nowNanos) {
        this.capacity = burst;
        this.perNano = refill / (seconds * 1e9);
        this.tokens = burst;
        this.refilledAt = nowNanos;
    }

    /** Takes one token if there is one. */
    public synchronized boolean tryTake(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - refilledAt) * perNano);
        refilledAt = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
