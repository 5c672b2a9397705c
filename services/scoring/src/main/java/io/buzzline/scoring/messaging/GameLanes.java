package io.buzzline.scoring.messaging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs a game's items on one of a fixed number of single-thread lanes, chosen by game id: a game's items
 * are handled one run after another in arrival order, different games in parallel. Items of a game that
 * arrive while its lane is busy gather into one run (at most {@code maxRun}), handed over whole: the
 * handler can apply them in one Redis call instead of one each. At most {@code maxInFlight} items are
 * queued or running; beyond that, {@link #submit} answers a stage that completes only when one finishes,
 * which holds back the stream's demand instead of blocking a thread.
 *
 * @param <T> what is handled
 */
final class GameLanes<T> {

    private final List<ExecutorService> lanes = new ArrayList<>();
    private final int maxInFlight;
    private final int maxRun;
    private final Consumer<List<T>> handler;
    /** Per game, the run not yet taken by its lane (a task for it is queued there). Guarded by this. */
    private final Map<String, List<T>> gathering = new HashMap<>();

    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int inFlight;

    GameLanes(int laneCount, int maxInFlight, int maxRun, Consumer<List<T>> handler) {
        for (int i = 0; i < laneCount; i++) {
            lanes.add(Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().name("scoring-lane-" + i).daemon(true).factory()));
        }
        this.maxInFlight = maxInFlight;
        this.maxRun = maxRun;
        this.handler = handler;
    }

    /**
     * Adds {@code item} to the run of {@code gameId} waiting on the game's lane (a new run if there is none
     * or it is full); the returned stage completes when the caller may hand over the next item.
     */
    CompletionStage<Void> submit(String gameId, T item) {
        List<T> newRun = null;
        synchronized (this) {
            inFlight++;
            List<T> run = gathering.get(gameId);
            if (run == null || run.size() >= maxRun) {
                newRun = new ArrayList<>();
                gathering.put(gameId, newRun);
                run = newRun;
            }
            run.add(item);
        }
        if (newRun != null) {
            List<T> queued = newRun;
            lanes.get(Math.floorMod(gameId.hashCode(), lanes.size())).execute(() -> handle(gameId, queued));
        }
        synchronized (this) {
            if (inFlight <= maxInFlight) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> turn = new CompletableFuture<>();
            waiting.add(turn);
            return turn;
        }
    }

    private void handle(String gameId, List<T> run) {
        synchronized (this) {
            // Taken: later items of the game gather into a new run, queued behind this one on the lane.
            if (gathering.get(gameId) == run) {
                gathering.remove(gameId);
            }
        }
        try {
            handler.accept(run);
        } finally {
            finished(run.size());
        }
    }

    private void finished(int count) {
        List<CompletableFuture<Void>> turns = new ArrayList<>();
        synchronized (this) {
            inFlight -= count;
            for (int i = 0; i < count && !waiting.isEmpty(); i++) {
                turns.add(waiting.poll());
            }
        }
        turns.forEach(turn -> turn.complete(null));
    }

    void stop() {
        lanes.forEach(ExecutorService::shutdown);
    }
}
