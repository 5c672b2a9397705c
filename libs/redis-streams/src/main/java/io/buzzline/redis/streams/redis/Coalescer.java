package io.buzzline.redis.streams.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.vertx.core.Context;

/**
 * Collects items added from any thread and hands them, in the order they were added, to one consumer
 * in batches of at most {@code maxBatch}, always on one Vert.x context. A batch holds whatever arrived
 * until that context got to run it: nothing waits for a timer or for a batch to fill, so a lone item
 * goes out at once and a burst (a batch of entries acked in one go) goes out as one command.
 */
public final class Coalescer<T> {

    private final Context context;
    private final int maxBatch;
    private final Consumer<List<T>> flush;
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public Coalescer(Context context, int maxBatch, Consumer<List<T>> flush) {
        this.context = context;
        this.maxBatch = Math.max(1, maxBatch);
        this.flush = flush;
    }

    public void add(T item) {
        queue.add(item);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            context.runOnContext(ignored -> drain());
        }
    }

    private void drain() {
        // Cleared before polling: an item added from now on either is polled below or schedules a drain.
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        T item;
        while (batch.size() < maxBatch && (item = queue.poll()) != null) {
            batch.add(item);
        }
        if (!queue.isEmpty()) {
            // Runs after this batch was handed over, on the same context, so batches keep their order.
            schedule();
        }
        if (!batch.isEmpty()) {
            flush.accept(batch);
        }
    }
}
