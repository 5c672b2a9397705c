package io.buzzline.redis.streams.incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import io.buzzline.events.json.EventCodec;

import static org.assertj.core.api.Assertions.assertThat;

/** A message is acked only after its work succeeded, nacked with the work's failure, and never both. */
class SettleTest {

    /** A message that records how it was settled; its ack and nack stages complete at once. */
    private static final class Recorded {
        final List<String> settled = new ArrayList<>();
        Throwable reason;
        final Message<String> message = Message.of(
                "payload",
                () -> {
                    settled.add("ack");
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    settled.add("nack");
                    reason = failure;
                    return CompletableFuture.completedFuture(null);
                });
    }

    @Test
    void blockingWorkThatReturnsIsAckedAfterIt() {
        Recorded recorded = new Recorded();
        List<String> order = recorded.settled;

        CompletionStage<Void> stage = Settle.after(recorded.message, payload -> order.add("work " + payload));

        assertThat(order).containsExactly("work payload", "ack");
        assertThat(stage.toCompletableFuture()).isCompleted().isNotCompletedExceptionally();
    }

    @Test
    void blockingWorkThatThrowsIsNackedWithItsFailureAndTheStageStillSucceeds() {
        Recorded recorded = new Recorded();
        IllegalStateException failure = new IllegalStateException("database down");

        CompletionStage<Void> stage = Settle.after(recorded.message, payload -> {
            throw failure;
        });

        assertThat(recorded.settled).containsExactly("nack");
        assertThat(recorded.reason).isSameAs(failure);
        assertThat(stage.toCompletableFuture()).isCompleted().isNotCompletedExceptionally();
    }

    @Test
    void asynchronousWorkIsSettledOnlyWhenItCompletes() {
        Recorded recorded = new Recorded();
        CompletableFuture<String> work = new CompletableFuture<>();

        CompletionStage<Void> stage = Settle.when(recorded.message, work);
        assertThat(recorded.settled).isEmpty();
        assertThat(stage.toCompletableFuture()).isNotDone();

        work.complete("appended");
        assertThat(recorded.settled).containsExactly("ack");
        assertThat(stage.toCompletableFuture()).isCompleted().isNotCompletedExceptionally();
    }

    @Test
    void asynchronousFailureIsNackedWithItsCauseNotTheWrapper() {
        Recorded recorded = new Recorded();
        IllegalStateException failure = new IllegalStateException("NOSCRIPT");

        // thenApply wraps the failure in a CompletionException, as chained stages do.
        CompletionStage<Void> stage = Settle.when(
                recorded.message, CompletableFuture.failedFuture(failure).thenApply(x -> x));

        assertThat(recorded.settled).containsExactly("nack");
        assertThat(recorded.reason).isSameAs(failure);
        assertThat(stage.toCompletableFuture()).isCompleted().isNotCompletedExceptionally();
    }

    @Test
    void anEventIsDecodedBeforeTheWorkAndOneThatDoesNotDecodeIsSkippedAndAcked() {
        Recorded undecodable = new Recorded();
        List<String> seen = new ArrayList<>();

        Settle.afterEvent(undecodable.message, new EventCodec(), event -> seen.add(event.gameId()))
                .toCompletableFuture()
                .join();

        assertThat(seen).isEmpty();
        assertThat(undecodable.settled).containsExactly("ack");
    }
}
