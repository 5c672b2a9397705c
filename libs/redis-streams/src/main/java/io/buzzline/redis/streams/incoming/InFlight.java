package io.buzzline.redis.streams.incoming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import io.buzzline.events.wire.EntryIds;

/**
 * The entries this consumer owns and has not settled: those being processed and those waiting to be
 * retried after a nack. A claim never re-emits an entry listed here, and shutdown waits for the
 * processing ones.
 */
public final class InFlight {

    /** A nacked entry due for another delivery. */
    public record Retry(String entryId, int deliveries, long dueNanos) {}

    private final Set<String> processing = ConcurrentHashMap.newKeySet();
    private final Map<String, Retry> retrying = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> drained;

    void begin(String entryId) {
        retrying.remove(entryId);
        processing.add(entryId);
    }

    /** The entry was acknowledged, ignored or dead-lettered. */
    public void settled(String entryId) {
        processing.remove(entryId);
        retrying.remove(entryId);
        signal();
    }

    /** The entry stays pending and is delivered again after {@code delay}. */
    public void retryLater(String entryId, int deliveries, Duration delay) {
        processing.remove(entryId);
        retrying.put(entryId, new Retry(entryId, deliveries, System.nanoTime() + delay.toNanos()));
        signal();
    }

    /** The entry stays pending for another consumer (channel failed or stopping). */
    public void abandon(String entryId) {
        processing.remove(entryId);
        signal();
    }

    boolean owns(String entryId) {
        return processing.contains(entryId) || retrying.containsKey(entryId);
    }

    List<Retry> due(long nowNanos, int max) {
        List<Retry> due = new ArrayList<>();
        for (Retry retry : retrying.values()) {
            if (retry.dueNanos() - nowNanos <= 0) {
                due.add(retry);
            }
        }
        due.sort(Comparator.comparing(Retry::entryId, EntryIds::compare));
        return due.size() > max ? due.subList(0, max) : due;
    }

    Optional<Long> nextDueNanos() {
        return retrying.values().stream().map(Retry::dueNanos).min(Long::compare);
    }

    int processingCount() {
        return processing.size();
    }

    /** Completes once no entry is being processed. */
    CompletionStage<Void> whenIdle() {
        CompletableFuture<Void> future = new CompletableFuture<>();
        drained = future;
        signal();
        return future;
    }

    private void signal() {
        CompletableFuture<Void> future = drained;
        if (future != null && processing.isEmpty()) {
            future.complete(null);
        }
    }
}
