package io.buzzline.redis.wire;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.redis.streams.outgoing.OutgoingRedisStreamsMetadata;

/**
 * Where a game's entries go in a partitioned stream ({@link SharedStream#partitioned()}): the partition its
 * id hashes to. Every writer of the command stream (the gateway, the lobby) and of the events feed (match)
 * names the stream through this, so an entry always lands where the reader of the game's partition finds
 * it, in the game's order.
 */
@ApplicationScoped
public class GameStreams {

    private final Partitions partitions;
    private final String prefix;

    public GameStreams(Partitions partitions, @ConfigProperty(name = "buzzline.redis.key-prefix") String prefix) {
        this.partitions = partitions;
        this.prefix = prefix;
    }

    /** The stream of {@code gameId}'s partition of {@code stream}. */
    public String of(SharedStream stream, String gameId) {
        return stream.key(prefix, partitions, gameId);
    }

    /** Outgoing metadata writing {@code gameId}'s entry to its partition of {@code stream}. */
    public OutgoingRedisStreamsMetadata metadata(
            SharedStream stream, String gameId, String messageId, Map<String, String> headers) {
        return new OutgoingRedisStreamsMetadata(of(stream, gameId), messageId, headers);
    }

    /** The same without headers. */
    public OutgoingRedisStreamsMetadata metadata(SharedStream stream, String gameId, String messageId) {
        return metadata(stream, gameId, messageId, Map.of());
    }
}
