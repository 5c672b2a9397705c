package io.buzzline.redis.streams.redis;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CoalescerTest {

    private final Vertx vertx = Vertx.vertx();
    private final Context context = vertx.getOrCreateContext();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void itemsAddedWhileTheContextIsBusyGoOutAsOneBatchInOrder() {
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        Coalescer<Integer> coalescer = new Coalescer<>(context, 100, batches::add);
        context.runOnContext(ignored -> {
            for (int i = 0; i < 10; i++) {
                coalescer.add(i);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> !batches.isEmpty());
        assertThat(batches).containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void oneInFlightHoldsWhatArrivesDuringABatchAndSendsItTogetherAfterwards() {
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> replies = new CopyOnWriteArrayList<>();
        Coalescer<Integer> coalescer = Coalescer.oneInFlight(context, 3, batch -> {
            batches.add(batch);
            CompletableFuture<Void> reply = new CompletableFuture<>();
            replies.add(reply);
            return reply;
        });

        // A lone item goes out at once.
        coalescer.add(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> batches.size() == 1);
        // Each added in a task of its own, as an intake hands entries over: all wait for the reply.
        for (int i = 1; i <= 5; i++) {
            int item = i;
            context.runOnContext(ignored -> coalescer.add(item));
        }
        settled();
        assertThat(batches).as("nothing while the first batch is out").hasSize(1);

        replies.get(0).complete(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> batches.size() == 2);
        // A failed batch lets the next one go too.
        replies.get(1).completeExceptionally(new IllegalStateException("lost"));
        await().atMost(Duration.ofSeconds(5)).until(() -> batches.size() == 3);
        assertThat(batches).containsExactly(List.of(0), List.of(1, 2, 3), List.of(4, 5));
    }

    /** Returns once the context ran everything queued on it now and whatever those tasks queued. */
    private void settled() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        context.runOnContext(first -> context.runOnContext(second -> done.complete(null)));
        done.join();
    }
}
