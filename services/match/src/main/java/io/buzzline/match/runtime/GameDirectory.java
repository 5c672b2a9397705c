package io.buzzline.match.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.CreateGame;
import io.buzzline.engine.GamePhase;
import io.buzzline.match.log.GameKeys;
import io.buzzline.match.log.GameRebuilder;
import io.buzzline.match.messaging.IntakeReader;
import io.buzzline.match.ownership.Lease;
import io.buzzline.match.ownership.LeaseStore;

/**
 * The games this instance owns, and the routing of each command: to its actor if owned here; else,
 * when nobody holds the game's lease (a new game, or its owner died), this instance takes it (if it has
 * capacity) and catches up from the intake; else the owner elsewhere handles it.
 */
@ApplicationScoped
public class GameDirectory {

    private final Map<String, CompletableFuture<GameActor>> games = new ConcurrentHashMap<>();
    private final Map<String, Long> heldElsewhereUntil = new ConcurrentHashMap<>();
    // Leases held here, also while their game is still being rebuilt: renewal starts at acquisition.
    private final Map<String, Lease> held = new ConcurrentHashMap<>();
    private final ActorContext context;
    private final LeaseStore leases;
    private final GameRebuilder rebuilder;
    private final IntakeReader intake;

    public GameDirectory(ActorContext context, LeaseStore leases, GameRebuilder rebuilder, IntakeReader intake) {
        this.context = context;
        this.leases = leases;
        this.rebuilder = rebuilder;
        this.intake = intake;
    }

    /** Handles one intake entry; completes once it may be acknowledged. */
    public CompletableFuture<Handled> route(CommandEnvelope command, String entryId) {
        String gameId = command.gameId();
        CompletableFuture<GameActor> owned = games.get(gameId);
        if (owned != null) {
            return owned.thenCompose(actor -> actor != null && actor.active()
                    ? actor.submit(Step.of(command, entryId))
                    : CompletableFuture.completedFuture(Handled.NOT_OWNER));
        }
        if (heldElsewhereUntil.getOrDefault(gameId, 0L) > System.currentTimeMillis()) {
            return CompletableFuture.completedFuture(Handled.NOT_OWNER);
        }
        boolean create = command.command() instanceof CreateGame;
        // A new game goes to the least loaded instance: each waits in proportion to its load, first one wins.
        long delay = create
                ? (long) (load() * context.config().match().placementMaxDelay().toMillis())
                : 0;
        // The catch-up re-reads this entry (inclusive start) or starts at the old owner's cursor.
        return CompletableFuture.supplyAsync(
                        () -> null, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
                .thenCompose(
                        ignored -> activate(gameId, create ? LeaseStore.Mode.NEW : LeaseStore.Mode.EXISTING, entryId))
                .thenApply(actor -> actor == null ? Handled.NOT_OWNER : Handled.APPLIED);
    }

    /** Takes over a game whose owner stopped renewing (found by the scan). */
    public CompletableFuture<GameActor> takeOver(String gameId) {
        return games.containsKey(gameId) ? games.get(gameId) : activate(gameId, LeaseStore.Mode.EXISTING, null);
    }

    public Collection<GameActor> owned() {
        return games.values().stream()
                .filter(f -> f.isDone() && !f.isCompletedExceptionally())
                .map(CompletableFuture::join)
                .filter(a -> a != null && a.active())
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
        owned(lease.gameId()).filter(actor -> actor.lease().equals(lease)).ifPresent(actor -> actor.stop("lease lost"));
    }

    private java.util.Optional<GameActor> owned(String gameId) {
        CompletableFuture<GameActor> future = games.get(gameId);
        return future == null || !future.isDone() || future.isCompletedExceptionally()
                ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(future.join());
    }

    public boolean hasCapacity() {
        return games.size() < context.config().match().maxGames();
    }

    private double load() {
        return Math.min(1.0, games.size() / (double) context.config().match().maxGames());
    }

    private CompletableFuture<GameActor> activate(String gameId, LeaseStore.Mode mode, String entryId) {
        if (!hasCapacity()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<GameActor> pending = new CompletableFuture<>();
        CompletableFuture<GameActor> existing = games.putIfAbsent(gameId, pending);
        if (existing != null) {
            return existing;
        }
        start(gameId, mode, entryId)
                .subscribe()
                .with(
                        actor -> {
                            if (actor == null) {
                                games.remove(gameId, pending);
                            }
                            pending.complete(actor);
                        },
                        failure -> {
                            Log.warnf("could not take game %s: %s", gameId, failure.getMessage());
                            games.remove(gameId, pending);
                            pending.complete(null);
                        });
        return pending;
    }

    private Uni<GameActor> start(String gameId, LeaseStore.Mode mode, String entryId) {
        GameKeys keys = context.keys().game(gameId);
        return leases.acquire(gameId, mode).flatMap(acquisition -> {
            if (acquisition.lease().isEmpty()) {
                if (acquisition.heldElsewhereMillis() > 0) {
                    heldElsewhereUntil.put(gameId, System.currentTimeMillis() + acquisition.heldElsewhereMillis());
                }
                return Uni.createFrom().nullItem();
            }
            Lease lease = acquisition.lease().get();
            heldElsewhereUntil.remove(gameId);
            held.put(gameId, lease);
            return rebuilder.rebuild(keys).flatMap(rebuilt -> {
                GameActor actor = new GameActor(
                        keys,
                        lease,
                        context,
                        rebuilt.state(),
                        rebuilt.processed(),
                        rebuilt.cursor().orElse(null));
                actor.onStop(() -> {
                    held.remove(gameId, lease);
                    games.computeIfPresent(gameId, (id, f) -> f.getNow(null) == actor ? null : f);
                });
                String from = rebuilt.cursor().map(c -> "(" + c).orElse(entryId);
                Uni<List<IntakeReader.Entry>> missed =
                        from == null ? Uni.createFrom().item(List.of()) : intake.read(gameId, from);
                return missed.flatMap(entries -> {
                    Log.infof(
                            "game %s: owned here (lease %s, sequence %d, %d commands to catch up)",
                            gameId, lease.token(), rebuilt.state().sequence(), entries.size());
                    entries.forEach(e -> actor.submit(Step.of(e.command(), e.entryId())));
                    // Acknowledged commands must be in the log: the activation completes after the catch-up.
                    CompletableFuture<Handled> caughtUp =
                            actor.inspect(state -> resume(actor, keys, state.phase(), rebuilt.fed()));
                    return Uni.createFrom().completionStage(caughtUp).replaceWith(actor);
                });
            });
        });
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
            context.questions().loadIfMissing(actor);
        }
    }
}
