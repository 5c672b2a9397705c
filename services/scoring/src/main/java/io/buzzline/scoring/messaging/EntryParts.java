package io.buzzline.scoring.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The events of one stream entry, each handled as its own message: the entry is acknowledged when the
 * last part is, and nacked at the first part that fails (once; later acks and nacks do nothing), so its
 * redelivery brings every part again.
 */
final class EntryParts {

    private final Message<String> entry;
    private final AtomicInteger open;
    private final AtomicBoolean settled = new AtomicBoolean();

    EntryParts(Message<String> entry, int parts) {
        this.entry = entry;
        this.open = new AtomicInteger(parts);
    }

    /** One part: a message whose ack and nack count towards the entry's. */
    Message<String> part() {
        return Message.of(entry.getPayload()).withAck(this::acked).withNack(this::nacked);
    }

    private CompletionStage<Void> acked() {
        if (open.decrementAndGet() == 0 && settled.compareAndSet(false, true)) {
            return entry.ack();
        }
        return CompletableFuture.completedFuture(null);
    }

    private CompletionStage<Void> nacked(Throwable failure) {
        if (settled.compareAndSet(false, true)) {
            return entry.nack(failure);
        }
        return CompletableFuture.completedFuture(null);
    }
}
