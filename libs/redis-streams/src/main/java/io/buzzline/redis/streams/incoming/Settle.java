package io.buzzline.redis.streams.incoming;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.json.ModelDecodingException;

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

    /**
     * {@link #after} for a stream of canonical events (match's feeds): the payload is decoded first, and an
     * event that does not decode is skipped with a warning and acked: every consumer of the feed sees it, and no
     * redelivery can make it decode (its producer validated it, so it is a bug upstream).
     */
    public static CompletionStage<Void> afterEvent(
            Message<String> message, EventCodec codec, Consumer<EventEnvelope> work) {
        return after(message, json -> {
            EventEnvelope event;
            try {
                event = codec.decode(json);
            } catch (ModelDecodingException e) {
                LOG.warnf("skipping an undecodable event, %s: %s", where(message), e.getMessage());
                return;
            }
            work.accept(event);
        });
    }

    /** Settles once asynchronous {@code work} completed: ack on success, nack with its failure. */
    public static CompletionStage<Void> when(Message<?> message, CompletionStage<?> work) {
        return work.handle((ignored, failure) -> failure == null ? message.ack() : nack(message, unwrap(failure)))
                .thenCompose(settled -> settled);
    }

    private static CompletionStage<Void> nack(Message<?> message, Throwable reason) {
        LOG.warnf("nacking %s: %s", where(message), reason);
        return message.nack(reason);
    }

    private static String where(Message<?> message) {
        return message.getMetadata(IncomingRedisStreamsMetadata.class)
                .map(metadata -> metadata.stream() + " " + metadata.entryId())
                .orElse("a message");
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
