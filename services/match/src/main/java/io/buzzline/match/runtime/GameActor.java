package io.buzzline.match.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.buzzline.commands.FireTimer;
import io.buzzline.engine.Deadline;
import io.buzzline.engine.Decision;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GamePhase;
import io.buzzline.engine.GameState;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.match.log.AppendResult;
import io.buzzline.match.log.GameKeys;
import io.buzzline.match.ownership.Lease;

/**
 * One game this instance owns: its state, its steps run one at a time in submission order, its armed
 * timer. The state changes only after the fenced append succeeded, so memory never runs ahead of the log.
 *
 * <p>An actor exists from the first command routed to its game, before the lease is acquired and the game
 * rebuilt: steps submitted meanwhile wait behind a gate, in order, and run after the catch-up from the
 * intake; if the activation fails they are answered {@link Handled#NOT_OWNER}.
 */
public final class GameActor {

    private final GameKeys keys;
    private final ActorContext context;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile Lease lease;
    private Set<String> processed;
    private GameState state;
    private volatile String cursor;
    private volatile boolean active = true;
    private CompletableFuture<Handled> tail;
    private Deadline armed;
    private long timerId = -1;
    private Runnable onStop = () -> {};

    GameActor(GameKeys keys, ActorContext context) {
        this.keys = keys;
        this.context = context;
        this.tail = ready.handle((ignored, failure) -> Handled.DUPLICATE);
    }

    /**
     * Installs the rebuilt game, runs {@code catchUp} (commands the intake holds for it from before this
     * actor existed), then opens the gate for everything submitted meanwhile. Completes after the catch-up.
     */
    CompletableFuture<Handled> install(
            Lease acquired, GameState rebuilt, Set<String> logged, String at, List<Step> catchUp) {
        this.state = rebuilt;
        this.processed = logged;
        this.cursor = at;
        this.lease = acquired;
        CompletableFuture<Handled> first = CompletableFuture.completedFuture(Handled.DUPLICATE);
        for (Step step : catchUp) {
            first = first.handle((ignored, failure) -> null).thenCompose(ignored -> run(step));
        }
        return first.whenComplete((handled, failure) -> ready.complete(null));
    }

    /** The activation failed: nothing was installed, and everything waiting is answered NOT_OWNER. */
    void abandon(String reason) {
        stop(reason);
        ready.complete(null);
    }

    /** Whether the game has been installed (its lease acquired and state rebuilt). */
    boolean installed() {
        return lease != null;
    }

    public String gameId() {
        return keys.gameId();
    }

    public Lease lease() {
        return lease;
    }

    public boolean active() {
        return active;
    }

    /** The last intake entry handled; everything before it was handled too (recorded on renewal). */
    public String cursor() {
        return cursor;
    }

    /** Runs {@code step} after every step submitted before it. */
    public synchronized CompletableFuture<Handled> submit(Step step) {
        CompletableFuture<Handled> next =
                tail.handle((ignored, failure) -> null).thenCompose(ignored -> run(step));
        tail = next;
        return next;
    }

    /** Runs {@code action} in the actor's order, with the current state. */
    public CompletableFuture<Handled> inspect(java.util.function.Consumer<GameState> action) {
        return submit(new Step("inspect", null, "INSPECT", (s, now) -> {
            action.accept(s);
            return null;
        }));
    }

    void onStop(Runnable callback) {
        this.onStop = callback;
    }

    private CompletionStage<Handled> run(Step step) {
        if (!active) {
            return CompletableFuture.completedFuture(Handled.NOT_OWNER);
        }
        if (step.entryId() != null && cursor != null && StreamIds.compare(step.entryId(), cursor) <= 0) {
            return CompletableFuture.completedFuture(Handled.DUPLICATE);
        }
        if (processed.contains(step.commandId())) {
            advance(step.entryId());
            return CompletableFuture.completedFuture(Handled.DUPLICATE);
        }
        Instant now = context.clock().instant();
        return switch (step.decider().decide(state, now)) {
            case null -> CompletableFuture.completedFuture(Handled.DUPLICATE);
            case Decision.Rejected rejected -> {
                advance(step.entryId());
                context.rejections().report(keys, step, rejected.reason());
                yield CompletableFuture.completedFuture(Handled.REJECTED);
            }
            case Decision.Accepted accepted -> append(step, accepted.events());
        };
    }

    private CompletionStage<Handled> append(Step step, List<EventEnvelope> events) {
        return context.log()
                .append(keys, lease.token(), step.commandId(), step.entryId(), events)
                .map(result -> switch (result) {
                    case AppendResult.Appended appended -> {
                        state = GameEngine.applyAll(state, events);
                        processed.add(step.commandId());
                        advance(step.entryId());
                        afterAppend(events);
                        yield Handled.APPLIED;
                    }
                    case AppendResult.Duplicate duplicate -> {
                        stop("the log already holds " + step.commandId() + ": this state is stale");
                        yield Handled.DUPLICATE;
                    }
                    case AppendResult.Fenced fenced -> {
                        stop("fenced: another instance holds the lease");
                        yield Handled.NOT_OWNER;
                    }
                    case AppendResult.OutOfSequence out -> {
                        stop("the log is at " + out.headSequence() + ", this state at " + state.sequence());
                        yield Handled.NOT_OWNER;
                    }
                })
                .onFailure()
                .invoke(failure -> stop("append failed: " + failure.getMessage()))
                .subscribeAsCompletionStage();
    }

    private void afterAppend(List<EventEnvelope> events) {
        arm();
        long sequence = state.sequence();
        int every = context.config().match().snapshotEvery();
        boolean boundary = sequence / every != (sequence - events.size()) / every;
        boolean roundEnd =
                events.stream().anyMatch(e -> e.type() == EventType.ROUND_ENDED || e.type() == EventType.GAME_ENDED);
        if (boundary || roundEnd) {
            context.snapshots()
                    .save(keys, lease.token(), state)
                    .subscribe()
                    .with(
                            ok -> {},
                            failure -> Log.warnf(
                                    "snapshot of %s at %d failed: %s", gameId(), sequence, failure.getMessage()));
        }
        if (events.getFirst().type() == EventType.GAME_CREATED) {
            context.questions().loadIfMissing(this);
        }
        Uni<Void> fed = context.feed().publish(keys, events);
        if (state.phase() == GamePhase.ENDED) {
            fed.subscribe().with(ignored -> finish(), failure -> finish());
        } else {
            fed.subscribe().with(ignored -> {}, failure -> Log.warnf("feed of %s: %s", gameId(), failure.getMessage()));
        }
    }

    /** Arms the state's pending deadline (once); a timer that fires feeds FireTimer back in order. */
    void arm() {
        Optional<Deadline> pending = state.pendingDeadline();
        if (pending.isPresent() && pending.get().equals(armed)) {
            return;
        }
        context.timers().cancel(timerId);
        armed = pending.orElse(null);
        timerId = pending.map(deadline -> context.timers().schedule(deadline, () -> fire(deadline)))
                .orElse(-1L);
    }

    private void fire(Deadline deadline) {
        String commandId = "timer:" + deadline.timerId() + "@" + deadline.dueAt();
        submit(Step.internal(commandId, null, new FireTimer(deadline.timerId(), deadline.dueAt())))
                .thenAccept(handled -> {
                    if (handled == Handled.REJECTED) {
                        // Fired a hair early (TIMER_NOT_DUE) or stale: arm whatever the state holds now.
                        inspect(s -> {
                            armed = null;
                            arm();
                        });
                    }
                });
    }

    private void advance(String entryId) {
        if (entryId != null && (cursor == null || StreamIds.compare(entryId, cursor) > 0)) {
            cursor = entryId;
        }
    }

    /** The game ended and its events are in the feed: let the lease go. */
    void finish() {
        stop("game ended");
        context.leases()
                .release(lease)
                .chain(() -> context.leases().forget(gameId()))
                .subscribe()
                .with(ignored -> {}, failure -> Log.warnf("release of %s: %s", gameId(), failure.getMessage()));
    }

    /** Stops acting for this game (lease lost, stale, ended or shutting down); idempotent. */
    public void stop(String reason) {
        if (!active) {
            return;
        }
        active = false;
        context.timers().cancel(timerId);
        if (installed()) {
            Log.infof("game %s: no longer owned here (%s)", gameId(), reason);
        } else {
            Log.debugf("game %s: not taken here (%s)", gameId(), reason);
        }
        onStop.run();
    }

    GameState state() {
        return state;
    }
}
