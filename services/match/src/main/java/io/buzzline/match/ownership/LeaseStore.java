package io.buzzline.match.ownership;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;

import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.redis.GameKeys;
import io.buzzline.match.redis.MatchKeys;
import io.buzzline.match.redis.RedisPipelines;
import io.buzzline.redis.streams.redis.PipelinedConnection;

/** Game leases in Redis: acquire if free, renew if still ours, release; plus the registry of live games. */
@ApplicationScoped
public class LeaseStore {

    /** Whether an acquisition may create the game (CREATE_GAME) or needs it to exist already. */
    public enum Mode {
        NEW,
        EXISTING
    }

    private final PipelinedConnection redis;
    private final MatchKeys keys;
    private final Clock clock;
    private final String instanceId;
    private final long ttlMillis;

    // A connection of its own: renewals must never wait behind a backlog of appends.
    public LeaseStore(RedisPipelines pipelines, MatchKeys keys, Clock clock, MatchConfig config) {
        this.redis = pipelines.leases();
        this.keys = keys;
        this.clock = clock;
        this.instanceId = config.match().instanceId();
        this.ttlMillis = config.match().leaseTtl().toMillis();
    }

    /** The lease if it was free (or this instance's own); else how long another instance still holds it. */
    public Uni<Acquisition> acquire(String gameId, Mode mode) {
        GameKeys game = keys.game(gameId);
        return LeaseScripts.ACQUIRE
                .run(
                        redis::send,
                        List.of(game.lease(), game.meta()),
                        List.of(
                                instanceId,
                                Long.toString(ttlMillis),
                                mode.name().toLowerCase()))
                .flatMap(reply -> switch (reply.get(0).toInteger()) {
                    case 1 ->
                        register(gameId)
                                .map(ignored -> new Acquisition(
                                        Optional.of(
                                                new Lease(gameId, reply.get(1).toString())),
                                        0));
                    case 0 ->
                        Uni.createFrom()
                                .item(new Acquisition(
                                        Optional.empty(), reply.get(1).toLong()));
                    default -> Uni.createFrom().item(new Acquisition(Optional.empty(), 0));
                });
    }

    /** What an acquisition got: the lease, or nothing and how many ms another owner's lease still runs. */
    public record Acquisition(Optional<Lease> lease, long heldElsewhereMillis) {}

    /** Renews the lease and records {@code cursor} (may be empty); false when the lease is lost. */
    public Uni<Boolean> renew(Lease lease, String cursor) {
        GameKeys game = keys.game(lease.gameId());
        return LeaseScripts.RENEW
                .run(
                        redis::send,
                        List.of(game.lease(), game.meta()),
                        List.of(lease.token(), Long.toString(ttlMillis), cursor == null ? "" : cursor))
                .flatMap(reply -> reply.toLong() == 1
                        ? register(lease.gameId()).map(ignored -> true)
                        : Uni.createFrom().item(false));
    }

    public Uni<Void> release(Lease lease) {
        GameKeys game = keys.game(lease.gameId());
        return LeaseScripts.RELEASE
                .run(redis::send, List.of(game.lease()), List.of(lease.token()))
                .replaceWithVoid();
    }

    /** Takes a finished game out of the takeover scan. */
    public Uni<Void> forget(String gameId) {
        return redis.send(Request.cmd(Command.ZREM).arg(keys.registry()).arg(gameId))
                .replaceWithVoid();
    }

    /** Up to {@code limit} games whose lease ran out according to the registry (candidates for takeover). */
    public Uni<List<String>> expired(int limit) {
        Request range = Request.cmd(Command.ZRANGEBYSCORE)
                .arg(keys.registry())
                .arg("-inf")
                .arg(clock.millis())
                .arg("LIMIT")
                .arg(0)
                .arg(limit);
        return redis.send(range).map(reply -> {
            List<String> ids = new java.util.ArrayList<>();
            reply.forEach(id -> ids.add(id.toString()));
            return ids;
        });
    }

    // Best effort and outside the game's slot: the lease key is the truth, the registry only says where to look.
    private Uni<Void> register(String gameId) {
        long expiresAt = clock.millis() + ttlMillis;
        return redis.send(Request.cmd(Command.ZADD)
                        .arg(keys.registry())
                        .arg(expiresAt)
                        .arg(gameId))
                .replaceWithVoid();
    }
}
