package io.buzzline.match.runtime;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.events.wire.Partitions;
import io.buzzline.match.redis.MatchKeys;
import io.buzzline.redis.streams.StreamFields;

/**
 * Reads the intake stream directly (not through the group): a new owner catches up on one game's
 * commands written after the previous owner's cursor, which its own group skipped while not the owner.
 */
@ApplicationScoped
public class IntakeReader {

    private static final int PAGE = 500;

    private final Redis redis;
    private final MatchKeys keys;
    private final Partitions partitions;
    private final CommandCodec codec = new CommandCodec();

    public IntakeReader(Redis redis, MatchKeys keys, Partitions partitions) {
        this.redis = redis;
        this.keys = keys;
        this.partitions = partitions;
    }

    /** An intake entry and its command. */
    public record Entry(String entryId, CommandEnvelope command) {}

    /**
     * Commands of {@code gameId} from {@code start} ("(id" exclusive, "id" inclusive) to the end of its
     * partition's stream.
     */
    public Uni<List<Entry>> read(String gameId, String start) {
        return page(keys.commands(partitions.of(gameId)), gameId, start, new ArrayList<>());
    }

    private Uni<List<Entry>> page(String stream, String gameId, String start, List<Entry> into) {
        Request range = Request.cmd(Command.XRANGE)
                .arg(stream)
                .arg(start)
                .arg("+")
                .arg("COUNT")
                .arg(PAGE);
        return redis.send(range).flatMap(reply -> {
            for (Response entry : reply) {
                decode(entry.get(1))
                        .filter(c -> c.gameId().equals(gameId))
                        .ifPresent(command -> into.add(new Entry(entry.get(0).toString(), command)));
            }
            if (reply.size() < PAGE) {
                return Uni.createFrom().item(into);
            }
            return page(stream, gameId, "(" + reply.get(reply.size() - 1).get(0).toString(), into);
        });
    }

    private java.util.Optional<CommandEnvelope> decode(Response fields) {
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            if (StreamFields.PAYLOAD.equals(fields.get(i).toString())) {
                try {
                    return java.util.Optional.of(codec.decode(fields.get(i + 1).toString()));
                } catch (ModelDecodingException e) {
                    Log.debugf("skipping an undecodable intake entry: %s", e.getMessage());
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.empty();
    }
}
