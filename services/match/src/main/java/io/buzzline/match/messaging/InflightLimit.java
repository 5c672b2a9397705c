package io.buzzline.match.messaging;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * At most {@code limit} commands in flight: {@link #acquire()} completes at once while there is room, else
 * when a {@link #release()} makes some. The intake waits on it before reading on, so backpressure reaches
 * the stream instead of piling appends up in the Redis client's queue.
 */
final class InflightLimit {

    private final int limit;
    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int inflight;

    InflightLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    synchronized CompletionStage<Void> acquire() {
        if (inflight < limit) {
            inflight++;
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> slot = new CompletableFuture<>();
        waiting.add(slot);
        return slot;
    }

    void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inflight--;
                return;
            }
        }
        // The slot passes straight to the next waiter; completed outside the lock.
        next.complete(null);
    }

    synchronized int inflight() {
        return inflight;
    }
}
