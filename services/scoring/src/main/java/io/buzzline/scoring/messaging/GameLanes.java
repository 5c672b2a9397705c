package io.buzzline.scoring.messaging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.scoring.config.ScoringConfig;

/**
 * Runs events on a fixed number of single-thread lanes, a game always on the same lane: a game's events
 * run one after another in arrival order, different games in parallel. At most {@code max-in-flight}
 * events are queued or running; beyond that, {@link #submit} answers a stage that completes only when
 * one finishes, which holds back the stream's demand instead of blocking a thread.
 */
@ApplicationScoped
public class GameLanes {

    private final List<ExecutorService> lanes = new ArrayList<>();
    private final int maxInFlight;
    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int inFlight;

    public GameLanes(ScoringConfig config) {
        for (int i = 0; i < config.scoring().lanes(); i++) {
            lanes.add(Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().name("scoring-lane-" + i).daemon(true).factory()));
        }
        this.maxInFlight = config.scoring().maxInFlight();
    }

    /**
     * Queues {@code work} on the lane of {@code gameId}; the returned stage completes when the caller may
     * hand over the next event.
     */
    public CompletionStage<Void> submit(String gameId, Runnable work) {
        ExecutorService lane = lanes.get(Math.floorMod(gameId.hashCode(), lanes.size()));
        synchronized (this) {
            inFlight++;
        }
        lane.execute(() -> {
            try {
                work.run();
            } finally {
                finished();
            }
        });
        synchronized (this) {
            if (inFlight <= maxInFlight) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> turn = new CompletableFuture<>();
            waiting.add(turn);
            return turn;
        }
    }

    private void finished() {
        CompletableFuture<Void> next;
        synchronized (this) {
            inFlight--;
            next = waiting.poll();
        }
        if (next != null) {
            next.complete(null);
        }
    }

    @PreDestroy
    void stop() {
        lanes.forEach(ExecutorService::shutdown);
    }
}
