package io.buzzline.match.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.buzzline.commands.FireTimer;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.ReportPackUnavailable;
import io.buzzline.engine.Deadline;
import io.buzzline.engine.Decision;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GamePhase;
import io.buzzline.engine.GameState;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.wire.EntryIds;
import io.buzzline.match.log.AppendResult;
import io.buzzline.match.log.EventLog;
import io.buzzline.match.ownership.Lease;
import io.buzzline.match.redis.GameKeys;
import io.buzzline.match.refusals.RejectionReporter;
import io.buzzline.match.tracing.MatchTraces;

/**
 * One game this instance owns: its state, its steps run in submission order, its armed timer. The state
 * changes only after the fenced append succeeded, so memory never runs ahead of the log.
 *
 * <p>Steps that queue while an append is in flight run together next (a group commit): each is decided
 * against the state its predecessors leave, and all their events go to the log in one append. A game where
 * 10,000 players answer at once thus needs a few dozen appends, not 10,000 round trips one after another.
 * Rejections of a group are reported only once its append succeeded, so no sender is refused on the
 * strength of events that never reached the log.
 *
 * <p>An actor exists from the first command routed to its game, before the lease is acquired and the game
 * rebuilt: steps submitted meanwhile wait behind a gate, in order, and run after the catch-up from the
 * intake; if the activation fails they are answered {@link Handled#NOT_OWNER}.
 */
public final class GameActor {

    /** Steps per group commit: bounds one append's size and how long one game holds its Redis slot. */
    private static final int MAX_GROUP = 512;

    private final GameKeys keys;
    private final ActorContext context;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile Lease lease;
    private Set<String> processed;
    private GameState state;
    private volatile String cursor;
    private volatile boolean active = true;
    private CompletableFuture<Handled> tail;
    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private boolean drainScheduled;
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
            Queued queued = new Queued(step, new CompletableFuture<>(), null);
            first = first.handle((ignored, failure) -> null).thenCompose(ignored -> {
                runGroup(List.of(queued));
                return queued.done();
            });
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
    public CompletableFuture<Handled> submit(Step step) {
        return submit(step, null);
    }

    /** Runs {@code step} after every step submitted before it; its events' append continues {@code trace}. */
    public synchronized CompletableFuture<Handled> submit(Step step, Context trace) {
        Queued queued = new Queued(step, new CompletableFuture<>(), trace);
        queue.add(queued);
        if (!drainScheduled) {
            drainScheduled = true;
            tail = tail.handle((ignored, failure) -> null).thenCompose(ignored -> runQueued());
        }
        return queued.done();
    }

    /** Runs {@code action} in the actor's order, with the current state. */
    public CompletableFuture<Handled> inspect(java.util.function.Consumer<GameState> action) {
        return submit(new Step("inspect", null, Step.INSPECT, (s, now) -> {
            action.accept(s);
            return null;
        }));
    }

    void onStop(Runnable callback) {
        this.onStop = callback;
    }

    /** Runs the steps queued now as one group; whatever is queued meanwhile runs after it. */
    private CompletableFuture<Handled> runQueued() {
        List<Queued> group = new ArrayList<>();
        synchronized (this) {
            // An inspection sees the logged state, so it runs alone, after everything before it.
            while (!queue.isEmpty() && group.size() < MAX_GROUP) {
                boolean inspection = queue.peek().step().inspection();
                if (inspection && !group.isEmpty()) {
                    break;
                }
                group.add(queue.poll());
                if (inspection) {
                    break;
                }
            }
            if (queue.isEmpty()) {
                drainScheduled = false;
            } else {
                tail = tail.handle((ignored, failure) -> null).thenCompose(ignored -> runQueued());
            }
        }
        CompletableFuture<Handled> settled = CompletableFuture.completedFuture(Handled.DUPLICATE);
        if (group.isEmpty()) {
            return settled;
        }
        try {
            return runGroup(group).handle((ignored, failure) -> Handled.DUPLICATE);
        } catch (RuntimeException e) {
            group.forEach(queued -> queued.done().completeExceptionally(e));
            return settled;
        }
    }

    /**
     * Decides {@code group} in order against the state each step leaves for the next, appends all accepted
     * events in one step, then answers every step. Completes when all are answered.
     */
    private CompletableFuture<Void> runGroup(List<Queued> group) {
        if (!active) {
            group.forEach(queued -> queued.done().complete(Handled.NOT_OWNER));
            return CompletableFuture.completedFuture(null);
        }
        GameState decided = state;
        String handledUpTo = null;
        Set<String> accepted = new HashSet<>();
        List<EventLog.CommandEvents> toAppend = new ArrayList<>();
        List<Runnable> answers = new ArrayList<>();
        List<RejectionReporter.Refused> refused = new ArrayList<>();
        boolean tracing = context.traces().enabled();
        List<Context> traced = tracing ? new ArrayList<>() : List.of();
        for (Queued queued : group) {
            Step step = queued.step();
            if (step.entryId() != null && cursor != null && EntryIds.compare(step.entryId(), cursor) <= 0) {
                queued.done().complete(Handled.DUPLICATE);
                continue;
            }
            handledUpTo = later(handledUpTo, step.entryId());
            if (processed.contains(step.commandId()) || accepted.contains(step.commandId())) {
                answers.add(() -> queued.done().complete(Handled.DUPLICATE));
                continue;
            }
            Decision decision;
            try {
                decision = step.decider().decide(decided, context.clock().instant());
                context.delays().decided(step.entryId());
            } catch (RuntimeException e) {
                // A bug, not a refusal: the intake leaves the entry pending and retries it.
                answers.add(() -> queued.done().completeExceptionally(e));
                continue;
            }
            switch (decision) {
                case null -> answers.add(() -> queued.done().complete(Handled.DUPLICATE));
                case Decision.Rejected rejected -> {
                    refused.add(new RejectionReporter.Refused(
                            step.commandId(), step.type(), step.entryId(), rejected.reason()));
                    answers.add(() -> queued.done().complete(Handled.REJECTED));
                }
                case Decision.Accepted accept -> {
                    decided = GameEngine.applyAll(decided, accept.events());
                    accepted.add(step.commandId());
                    if (tracing && queued.trace() != null) {
                        traced.add(queued.trace());
                    }
                    toAppend.add(new EventLog.CommandEvents(step.commandId(), accept.events()));
                    answers.add(() -> queued.done().complete(Handled.APPLIED));
                }
            }
        }
        if (toAppend.isEmpty()) {
            advance(handledUpTo);
            context.rejections().report(keys, refused);
            answers.forEach(Runnable::run);
            return CompletableFuture.completedFuture(null);
        }
        GameState appended = decided;
        String upTo = handledUpTo;
        Span span = tracing ? context.traces().append(gameId(), eventCount(toAppend), traced) : null;
        return context.log()
                .append(keys, lease.token(), upTo, toAppend, span == null ? null : MatchTraces.traceparent(span))
                .map(result -> switch (result) {
                    case AppendResult.Appended ok -> {
                        state = appended;
                        processed.addAll(accepted);
                        advance(upTo);
                        afterAppend(
                                toAppend.stream()
                                        .flatMap(command -> command.events().stream())
                                        .toList(),
                                toAppend.stream()
                                        .flatMap(command -> command.json().stream())
                                        .toList(),
                                span);
                        yield (String) null;
                    }
                    case AppendResult.Duplicate duplicate ->
                        "the log already holds one of " + accepted.size() + " commands: this state is stale";
                    case AppendResult.Fenced fenced -> "fenced: another instance holds the lease";
                    case AppendResult.OutOfSequence out ->
                        "the log is at " + out.headSequence() + ", this state at " + state.sequence();
                })
                .onFailure()
                .recoverWithItem(failure -> "append failed: " + failure.getMessage())
                .subscribeAsCompletionStage()
                .thenAccept(stopped -> {
                    if (span != null) {
                        if (stopped != null) {
                            span.setStatus(StatusCode.ERROR, stopped);
                        }
                        span.end();
                    }
                    if (stopped == null) {
                        context.rejections().report(keys, refused);
                        answers.forEach(Runnable::run);
                        return;
                    }
                    stop(stopped);
                    // The next owner catches up from the intake and decides them again.
                    group.forEach(queued -> queued.done().complete(Handled.NOT_OWNER));
                });
    }

    private static int eventCount(List<EventLog.CommandEvents> commands) {
        int events = 0;
        for (EventLog.CommandEvents command : commands) {
            events += command.events().size();
        }
        return events;
    }

    private static String later(String current, String entryId) {
        if (entryId == null) {
            return current;
        }
        return current == null || EntryIds.compare(entryId, current) > 0 ? entryId : current;
    }

    private void afterAppend(List<EventEnvelope> events, List<String> json, Span span) {
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
        if (events.stream().anyMatch(event -> event.type() == EventType.GAME_CREATED)) {
            loadQuestionsIfMissing();
        }
        Uni<Void> fed = context.feed()
                .publish(
                        keys, events, json, span == null ? null : Context.root().with(span));
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

    /**
     * If the game waits in its lobby without questions: fetches its pack and loads it, or, when content cannot
     * give it, reports so to the engine, which ends the game with CONTENT_UNAVAILABLE. Both run in the actor's
     * order, like any command.
     */
    void loadQuestionsIfMissing() {
        inspect(s -> {
            if (s.phase() != GamePhase.LOBBY || s.pack() != null) {
                return;
            }
            String packId = s.settings().questionPackId();
            context.packs()
                    .fetch(packId)
                    .subscribe()
                    .with(
                            pack -> submit(Step.internal("load-questions:" + gameId(), null, new LoadQuestions(pack))),
                            failure -> {
                                Log.warnf("game %s: pack unavailable: %s", gameId(), failure.getMessage());
                                submit(Step.internal(
                                        "content-unavailable:" + gameId(), null, new ReportPackUnavailable(packId)));
                            });
        });
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
        if (entryId != null && (cursor == null || EntryIds.compare(entryId, cursor) > 0)) {
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

    /** A submitted step, the answer its submitter waits for, and the trace it continues (null: none). */
    private record Queued(Step step, CompletableFuture<Handled> done, Context trace) {}
}
