package io.buzzline.match.runtime;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.CreateGame;
import io.buzzline.engine.GamePhase;
import io.buzzline.engine.GameState;
import io.buzzline.match.log.GameRebuilder;
import io.buzzline.match.ownership.Lease;
import io.buzzline.match.ownership.LeaseStore;
import io.buzzline.match.ownership.PartitionAssignment;
import io.buzzline.match.redis.GameKeys;

/**
 * The games this instance owns, and the routing of each command: to its actor if owned here; else,
 * when nobody holds the game's lease (a new game, or its owner died), this instance takes it (if it has
 * capacity) and catches up from the intake; else the owner elsewhere handles it.
 */
@ApplicationScoped
// Created at start-up rather than by the first timer or command: its meters are on /q/metrics from the start.
@Startup
public class GameDirectory {

    /** How far before its triggering entry a game without a log looks for its earlier commands. */
    static final Duration CATCH_UP_LOOKBACK = Duration.ofMinutes(1);

    private final Map<String, GameActor> games = new ConcurrentHashMap<>();
    private final Map<String, Long> heldElsewhereUntil = new ConcurrentHashMap<>();
    // Leases held here, also while their game is still being rebuilt: renewal starts at acquisition.
    private final Map<String, Lease> held = new ConcurrentHashMap<>();
    private final ActorContext context;
    private final LeaseStore leases;
    private final GameRebuilder rebuilder;
    private final IntakeReader intake;
    private final PartitionAssignment partitions;
    private final MeterRegistry metrics;
    private final Gauge gamesGauge;
    private final Counter takeovers;
    private final Timer takeoverDuration;

    public GameDirectory(
            ActorContext context,
            LeaseStore leases,
            GameRebuilder rebuilder,
            IntakeReader intake,
            PartitionAssignment partitions,
            MeterRegistry metrics) {
        this.context = context;
        this.partitions = partitions;
        this.leases = leases;
        this.rebuilder = rebuilder;
        this.intake = intake;
        this.metrics = metrics;
        // Summed over instances, the games live in the region (each game has one owner).
        this.gamesGauge = Gauge.builder("buzzline.match.games", this, directory -> directory
                        .owned()
                        .size())
                .description("games this instance owns and runs")
                .register(metrics);
        this.takeovers = Counter.builder("buzzline.match.takeovers")
                .description("leases acquired on games that had an owner before (it died, stopped or lost its lease)")
                .register(metrics);
        // The part of a takeover this instance controls; detecting the dead owner adds up to the lease TTL
        // and the scan interval (docs/operations.md). Buckets around the 2 s the brief promises.
        this.takeoverDuration = Timer.builder("buzzline.match.takeover.duration")
                .description("lease of a previously owned game acquired until it is rebuilt and caught up")
                .serviceLevelObjectives(
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(250),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5))
                .register(metrics);
    }

    /**
     * The gauge reads this directory: a later application in the same JVM (a test restarting Quarkus) must
     * register its own rather than find this one, by then dead, under the same name in the global registry.
     */
    @PreDestroy
    void unregister() {
        metrics.remove(gamesGauge);
    }

    /**
     * Handles one intake entry; completes once it may be acknowledged. {@code trace} (null when not traced)
     * is the context of the entry's consumer span, which the append of its events continues.
     */
    public CompletableFuture<Handled> route(CommandEnvelope command, String entryId, Context trace) {
        return route(command, entryId, trace, true);
    }

    private CompletableFuture<Handled> route(CommandEnvelope command, String entryId, Context trace, boolean mayRetry) {
        String gameId = command.gameId();
        GameActor actor = games.get(gameId);
        if (actor == null) {
            // A game of a partition handed elsewhere (a read in flight when it went) is its new reader's.
            if (!partitions.readsGame(gameId)
                    || heldElsewhereUntil.getOrDefault(gameId, 0L)
                            > context.clock().millis()
                    || !hasCapacity()) {
                return CompletableFuture.completedFuture(Handled.NOT_OWNER);
            }
            boolean create = command.command() instanceof CreateGame;
            actor = place(gameId, create ? LeaseStore.Mode.NEW : LeaseStore.Mode.EXISTING, entryId);
        }
        GameActor target = actor;
        return target.submit(Step.of(command, entryId), trace).thenCompose(handled -> {
            // The actor stopped before taking this command (its activation found the game unknown, e.g. a join
            // overtaking the create; or its lease was lost): one fresh attempt, which catches up from the intake.
            if (handled == Handled.NOT_OWNER && mayRetry && !target.active() && games.get(gameId) != target) {
                return route(command, entryId, trace, false);
            }
            return CompletableFuture.completedFuture(handled);
        });
    }

    /**
     * Takes over a game whose owner stopped renewing (found by the scan), if it is in a partition this
     * instance reads: an owner must see the game's commands.
     */
    public void takeOver(String gameId) {
        if (!games.containsKey(gameId) && hasCapacity() && partitions.readsGame(gameId)) {
            place(gameId, LeaseStore.Mode.EXISTING, null);
        }
    }

    /**
     * This instance no longer reads {@code partition}: it stops its games there and releases their leases,
     * as a clean shutdown does, so the partition's new reader takes them over at once and catches up from
     * the stream (their cursors are in their logs).
     */
    public void handBack(int partition) {
        for (GameActor actor : List.copyOf(games.values())) {
            if (partitions.partitionOf(actor.gameId()) != partition) {
                continue;
            }
            Lease lease = actor.lease();
            actor.stop("partition " + partition + " handed to another instance");
            if (lease != null) {
                leases.release(lease)
                        .subscribe()
                        .with(
                                ignored -> {},
                                failure -> Log.warnf(
                                        "releasing %s: %s (it expires by itself)",
                                        lease.gameId(), failure.getMessage()));
            }
        }
    }

    /** The actor for {@code gameId}, placed now (and its activation started) unless one exists already. */
    private GameActor place(String gameId, LeaseStore.Mode mode, String entryId) {
        GameKeys keys = context.keys().game(gameId);
        GameActor fresh = new GameActor(keys, context);
        GameActor existing = games.putIfAbsent(gameId, fresh);
        if (existing != null) {
            return existing;
        }
        fresh.onStop(() -> {
            games.remove(gameId, fresh);
            Lease lease = fresh.lease();
            if (lease != null) {
                held.remove(gameId, lease);
            }
        });
        // A new game goes to the least loaded instance: each waits in proportion to its load, first one wins.
        long delay = mode == LeaseStore.Mode.NEW
                ? (long) (load() * context.config().match().placementMaxDelay().toMillis())
                : 0;
        CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
                .thenCompose(ignored -> activate(fresh, mode, entryId).subscribeAsCompletionStage())
                .whenComplete((taken, failure) -> {
                    if (failure != null) {
                        Log.warnf("could not take game %s: %s", gameId, failure.getMessage());
                        Lease acquired = held.remove(gameId);
                        if (acquired != null) {
                            leases.release(acquired).subscribe().with(ignored -> {}, ignored -> {});
                        }
                    }
                    if (failure != null || !Boolean.TRUE.equals(taken)) {
                        fresh.abandon(failure != null ? failure.getMessage() : "not taken");
                    }
                });
        return fresh;
    }

    /**
     * Acquires the lease, rebuilds the game and installs it in {@code actor}; true once the catch-up ran.
     * A new game has nothing to catch up: every command for it was routed to this actor. A game taken over
     * catches up from the old owner's cursor, or from the triggering entry when none was recorded.
     */
    private Uni<Boolean> activate(GameActor actor, LeaseStore.Mode mode, String entryId) {
        String gameId = actor.gameId();
        GameKeys keys = context.keys().game(gameId);
        return leases.acquire(gameId, mode).flatMap(acquisition -> {
            if (acquisition.lease().isEmpty()) {
                if (acquisition.heldElsewhereMillis() > 0) {
                    heldElsewhereUntil.put(gameId, context.clock().millis() + acquisition.heldElsewhereMillis());
                }
                return Uni.createFrom().item(false);
            }
            Lease lease = acquisition.lease().get();
            heldElsewhereUntil.remove(gameId);
            held.put(gameId, lease);
            // Epoch 1 is the game's first owner; any later epoch took the game from someone (or from this
            // instance's own stopped actor).
            Timer.Sample takeover = lease.epoch() > 1 ? Timer.start() : null;
            return rebuilder.rebuild(keys).flatMap(rebuilt -> {
                if (held.get(gameId) != lease) {
                    // The renewal found the lease gone while the game was being rebuilt.
                    return Uni.createFrom().item(false);
                }
                Optional<String> from = rebuilt.cursor()
                        .map(cursor -> "(" + cursor)
                        .or(() -> mode == LeaseStore.Mode.EXISTING
                                ? Optional.ofNullable(entryId).map(id -> catchUpStart(id, rebuilt.state()))
                                : Optional.empty());
                Uni<List<IntakeReader.Entry>> missed = from.map(start -> intake.read(gameId, start))
                        .orElseGet(() -> Uni.createFrom().item(List.of()));
                return missed.flatMap(entries -> {
                    Log.infof(
                            "game %s: owned here (lease %s, sequence %d, %d commands to catch up)",
                            gameId, lease.token(), rebuilt.state().sequence(), entries.size());
                    List<Step> catchUp = entries.stream()
                            .map(e -> Step.of(e.command(), e.entryId()))
                            .toList();
                    CompletableFuture<Handled> caughtUp = actor.install(
                            lease,
                            rebuilt.state(),
                            rebuilt.processed(),
                            rebuilt.cursor().orElse(null),
                            catchUp);
                    actor.inspect(state -> resume(actor, keys, state.phase(), rebuilt.fed()));
                    return Uni.createFrom()
                            .completionStage(caughtUp)
                            .invoke(() -> {
                                if (takeover != null) {
                                    takeovers.increment();
                                    takeover.stop(takeoverDuration);
                                }
                            })
                            .replaceWith(true);
                });
            });
        });
    }

    /**
     * Where a takeover without a recorded cursor catches up, triggered by intake entry {@code entryId}.
     * A game with a log always has a cursor; one without any (nothing was ever appended) may still have
     * earlier commands pending in this instance's group, e.g. its CreateGame whose first append failed on
     * a connection broken by a Redis restart, waiting for redelivery. Starting at {@code entryId} would
     * mark them handled (the cursor passes them) and lose the game's creation; so such a catch-up starts
     * {@link #CATCH_UP_LOOKBACK} earlier, far beyond the redelivery delays, and replays them in order.
     */
    static String catchUpStart(String entryId, GameState rebuilt) {
        if (rebuilt.sequence() > 0) {
            return entryId;
        }
        long millis = Long.parseLong(entryId.substring(0, entryId.indexOf('-')));
        return Math.max(0, millis - CATCH_UP_LOOKBACK.toMillis()) + "-0";
    }

    public Collection<GameActor> owned() {
        return games.values().stream()
                .filter(actor -> actor.installed() && actor.active())
                .toList();
    }

    /** Every lease this instance holds, with the cursor to record (empty while the game is rebuilt). */
    public List<HeldLease> held() {
        return held.values().stream()
                .map(lease -> new HeldLease(
                        lease, owned(lease.gameId()).map(GameActor::cursor).orElse(null)))
                .toList();
    }

    /** A lease and the intake cursor of its game. */
    public record HeldLease(Lease lease, String cursor) {}

    /** The renewal found the lease gone: stop acting on it at once. */
    public void lost(Lease lease) {
        held.remove(lease.gameId(), lease);
        owned(lease.gameId()).filter(actor -> lease.equals(actor.lease())).ifPresent(actor -> actor.stop("lease lost"));
    }

    private Optional<GameActor> owned(String gameId) {
        return Optional.ofNullable(games.get(gameId)).filter(GameActor::installed);
    }

    public boolean hasCapacity() {
        return games.size() < context.config().match().maxGames();
    }

    private double load() {
        return Math.min(1.0, games.size() / (double) context.config().match().maxGames());
    }

    /** After a (re)start: re-feed what the old owner may not have fed, re-arm, fetch questions if still missing. */
    private void resume(GameActor actor, GameKeys keys, GamePhase phase, long fed) {
        context.log()
                .readAfter(keys, fed)
                .subscribe()
                .with(
                        tail -> {
                            var events = tail.stream().map(e -> e.event()).toList();
                            context.feed()
                                    .publish(keys, events)
                                    .subscribe()
                                    .with(
                                            ignored -> {
                                                if (phase == GamePhase.ENDED) {
                                                    actor.finish();
                                                }
                                            },
                                            failure -> Log.warnf(
                                                    "re-feed of %s: %s", keys.gameId(), failure.getMessage()));
                        },
                        failure -> Log.warnf("re-feed of %s: %s", keys.gameId(), failure.getMessage()));
        actor.arm();
        if (phase == GamePhase.LOBBY) {
            actor.loadQuestionsIfMissing();
        }
    }
}
