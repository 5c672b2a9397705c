package io.buzzline.gateway.ws;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection's round-trip time, measured by the server's own WebSocket pings: the median of the last
 * few samples, so one delayed pong neither inflates nor deflates the credit a buzz gets. 0 until the
 * first pong (no credit rather than a guessed one). Thread-safe.
 *
 * <p>Each ping carries an unpredictable nonce and the server keeps its send time: a pong counts only if it
 * echoes a nonce of a ping still outstanding, once. A client can thus delay a pong (which the median and
 * the buzz credit's cap bound) but cannot report a round trip of its choosing with unsolicited pongs, nor
 * replay an old one.
 */
public final class RoundTrip {

    private static final int SAMPLES = 5;
    /** Pings awaiting their pong; an older one is forgotten (its pong no longer counts). */
    private static final int OUTSTANDING = 4;

    private static final SecureRandom NONCES = new SecureRandom();

    private final long[] samples = new long[SAMPLES];
    private final Map<Long, Long> outstanding = new LinkedHashMap<>();
    private int count;
    private int next;

    /** A new ping's nonce, sent at {@code nowNanos}: the payload its pong must echo. */
    public synchronized long ping(long nowNanos) {
        long nonce = NONCES.nextLong();
        outstanding.put(nonce, nowNanos);
        if (outstanding.size() > OUTSTANDING) {
            outstanding.remove(outstanding.keySet().iterator().next());
        }
        return nonce;
    }

    /**
     * A pong echoing {@code nonce} arrived at {@code nowNanos}: a sample if it answers an outstanding ping
     * (which it then no longer does). False for an unsolicited or repeated pong, which changes nothing.
     */
    public synchronized boolean pong(long nonce, long nowNanos) {
        Long sentAt = outstanding.remove(nonce);
        if (sentAt == null) {
            return false;
        }
        record((nowNanos - sentAt) / 1_000_000);
        return true;
    }

    synchronized void record(long rttMillis) {
        samples[next] = Math.max(0, rttMillis);
        next = (next + 1) % SAMPLES;
        count = Math.min(SAMPLES, count + 1);
    }

    public synchronized long millis() {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return sorted[count / 2];
    }
}
