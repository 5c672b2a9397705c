package io.buzzline.redis.streams.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import io.vertx.core.Context;

/**
 * Collects items added from any thread and hands them, in the order they were added, to one consumer
 * in batches of at most {@code maxBatch}, always on one Vert.x context. A batch holds whatever arrived
 * until that context got to run it: nothing waits for a timer or for a batch to fill, so a lone item
 * goes out at once and a burst (a batch of entries acked in one go) goes out as one command.
 *
 * <p>{@link #oneInFlight} also holds the next batch until the previous one is done (a group commit):
 * for producers that hand items over one event-loop task at a time, where the context alone would run
 * every item as a batch of one, whatever arrives during a round trip goes out together after it.
 */
public final class Coalescer<T> {

    private final Context context;
    private final int maxBatch;
    /** Sends a batch; a non-null stage holds the next batch until it completes. */
    private final Function<List<T>, CompletionStage<?>> flush;

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** A batch is out and not done yet; only read and written on {@link #context}. */
    private boolean inFlight;

    public Coalescer(Context context, int maxBatch, Consumer<List<T>> flush) {
        this(context, maxBatch, batch -> {
            flush.accept(batch);
            return null;
        });
    }

    private Coalescer(Context context, int maxBatch, Function<List<T>, CompletionStage<?>> flush) {
        this.context = context;
        this.maxBatch = Math.max(1, maxBatch);
        this.flush = flush;
    }

    /** A coalescer that sends the next batch only once {@code send}'s stage for the previous one completed. */
    public static <T> Coalescer<T> oneInFlight(
            Context context, int maxBatch, Function<List<T>, CompletionStage<?>> send) {
        return new Coalescer<>(context, maxBatch, send);
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
        if (inFlight) {
            // The batch in flight schedules the next drain when it is done.
            return;
        }
        List<T> batch = new ArrayList<>();
        T item;
        while (batch.size() < maxBatch && (item = queue.poll()) != null) {
            batch.add(item);
        }
        if (batch.isEmpty()) {
            return;
        }
        CompletionStage<?> sent = flush.apply(batch);
        if (sent != null) {
            inFlight = true;
            sent.whenComplete((ignored, failure) -> context.runOnContext(done -> {
                inFlight = false;
                if (!queue.isEmpty()) {
                    schedule();
                }
            }));
        } else if (!queue.isEmpty()) {
            // Runs after this batch was handed over, on the same context, so batches keep their order.
            schedule();
        }
    }
}
