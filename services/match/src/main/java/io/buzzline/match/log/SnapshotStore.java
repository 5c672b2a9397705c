package io.buzzline.match.log;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

import io.buzzline.engine.GameSnapshot;
import io.buzzline.engine.GameState;
import io.buzzline.engine.Snapshots;
import io.buzzline.match.redis.GameKeys;

/**
 * A game's latest snapshot as JSON in one key, written (fenced) by the owner every N events and at
 * round ends; rebuilding reads it and folds the log's tail after its sequence.
 */
@ApplicationScoped
public class SnapshotStore {

    // Its own mapper: the snapshot is the engine's record graph, written with the model's time settings.
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Redis redis;

    public SnapshotStore(Redis redis) {
        this.redis = redis;
    }

    /** Saves the snapshot of {@code state} if {@code token} holds the lease and it is newer than the stored one. */
    public Uni<Boolean> save(GameKeys keys, String token, GameState state) {
        String json = encode(Snapshots.of(state));
        return LogScripts.SNAPSHOT
                .run(
                        redis,
                        List.of(keys.lease(), keys.meta(), keys.snapshot()),
                        List.of(token, Long.toString(state.sequence()), json))
                .map(reply -> reply.toLong() == 1);
    }

    public Uni<Optional<GameSnapshot>> load(GameKeys keys) {
        return redis.send(Request.cmd(Command.GET).arg(keys.snapshot()))
                .map(reply -> Optional.ofNullable(reply).map(r -> decode(r.toString())));
    }

    String encode(GameSnapshot snapshot) {
        try {
            return mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the snapshot of " + snapshot.gameId(), e);
        }
    }

    GameSnapshot decode(String json) {
        try {
            return mapper.readValue(json, GameSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot: " + e.getOriginalMessage(), e);
        }
    }
}
