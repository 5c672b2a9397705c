package io.buzzline.gateway.ws;

import java.util.Arrays;

/**
 * A connection's round-trip time, measured by the server's own WebSocket pings: the median of the last
 * few samples, so one delayed pong neither inflates nor deflates the credit a buzz gets. 0 until the
 * first pong (no credit rather than a guessed one). Thread-safe.
 */
public final class RoundTrip {

    private static final int SAMPLES = 5;

    private final long[] samples = new long[SAMPLES];
    private int count;
    private int next;

    public synchronized void record(long rttMillis) {
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
