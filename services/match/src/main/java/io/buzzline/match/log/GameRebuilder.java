package io.buzzline.match.log;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

import io.buzzline.engine.GameSnapshot;
import io.buzzline.engine.GameState;
import io.buzzline.engine.Replay;
import io.buzzline.events.EventEnvelope;
import io.buzzline.match.redis.GameKeys;

/** Rebuilds a game from Redis: latest snapshot + the log after it, with the runtime's bookkeeping. */
@ApplicationScoped
public class GameRebuilder {

    private final Redis redis;
    private final EventLog log;
    private final SnapshotStore snapshots;

    public GameRebuilder(Redis redis, EventLog log, SnapshotStore snapshots) {
        this.redis = redis;
        this.log = log;
        this.snapshots = snapshots;
    }

    /** A rebuilt game: its state, the command ids in its log, and where its previous owner got to. */
    public record Rebuilt(GameState state, Set<String> processed, Optional<String> cursor, long fed) {}

    public Uni<Rebuilt> rebuild(GameKeys keys) {
        return snapshots.load(keys).flatMap(snapshot -> {
            long from = snapshot.map(GameSnapshot::sequence).orElse(0L);
            return log.readAfter(keys, from)
                    .flatMap(tail -> meta(keys).flatMap(meta -> processed(keys).map(ids -> {
                        List<EventEnvelope> events =
                                tail.stream().map(EventLog.LoggedEvent::event).toList();
                        GameState state = snapshot.map(s -> Replay.fromSnapshot(s, events))
                                .orElseGet(() -> Replay.fromLog(keys.gameId(), events));
                        return new Rebuilt(
                                state,
                                ids,
                                Optional.ofNullable(meta.get("cursor")),
                                Long.parseLong(meta.getOrDefault("fed", "0")));
                    })));
        });
    }

    private Uni<Map<String, String>> meta(GameKeys keys) {
        return redis.send(Request.cmd(Command.HMGET)
                        .arg(keys.meta())
                        .arg("cursor")
                        .arg("fed"))
                .map(reply -> {
                    Map<String, String> fields = new HashMap<>();
                    if (reply.get(0) != null) {
                        fields.put("cursor", reply.get(0).toString());
                    }
                    if (reply.get(1) != null) {
                        fields.put("fed", reply.get(1).toString());
                    }
                    return fields;
                });
    }

    private Uni<Set<String>> processed(GameKeys keys) {
        return redis.send(Request.cmd(Command.SMEMBERS).arg(keys.processed())).map(reply -> {
            Set<String> ids = new HashSet<>();
            if (reply != null) {
                for (Response id : reply) {
                    ids.add(id.toString());
                }
            }
            return ids;
        });
    }
}
