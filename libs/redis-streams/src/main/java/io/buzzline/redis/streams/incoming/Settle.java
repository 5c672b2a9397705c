package io.buzzline.redis.streams.incoming;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Acknowledges a consumed message once its work succeeded and nacks it with the failure otherwise, for the
 * services' one consuming style, {@code CompletionStage<Void> on(Message<String>)} (see the README,
 * "Consuming and emitting"). The stage returned is the ack's or the nack's, never the work's failure: with
 * manual acknowledgement SmallRye ends the channel when the method's stage fails, so a failure has to
 * become a nack (and so, with the default strategy, a redelivery and in the end a dead letter). A nack is
 * logged with its reason (one line), as SmallRye logs the exception of a method it settles itself.
 */
public final class Settle {

    private static final Logger LOG = Logger.getLogger(Settle.class);

    private Settle() {}

    /**
     * Runs blocking {@code work} on the payload on the calling thread (the worker thread of a {@code @Blocking}
     * method), then settles: ack if it returned, nack with what it threw.
     */
    public static <T> CompletionStage<Void> after(Message<T> message, Consumer<T> work) {
        try {
            work.accept(message.getPayload());
        } catch (RuntimeException e) {
            return nack(message, e);
        }
        return message.ack();
    }

    /** Settles once asynchronous {@code work} completed: ack on success, nack with its failure. */
    public static CompletionStage<Void> when(Message<?> message, CompletionStage<?> work) {
        return work.handle((ignored, failure) -> failure == null ? message.ack() : nack(message, unwrap(failure)))
                .thenCompose(settled -> settled);
    }

    private static CompletionStage<Void> nack(Message<?> message, Throwable reason) {
        String entry = message.getMetadata(IncomingRedisStreamsMetadata.class)
                .map(metadata -> metadata.stream() + " " + metadata.entryId())
                .orElse("a message");
        LOG.warnf("nacking %s: %s", entry, reason);
        return message.nack(reason);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
