package io.buzzline.redis.wire;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.redis.streams.outgoing.OutgoingRedisStreamsMetadata;

/**
 * Where a game's commands go: the partition of the command stream its id hashes to. Every sender (the
 * gateway, the lobby, the benchmarks and tests that play a sender) names the stream through this, so a
 * command always lands where the match instance reading the game's partition finds it.
 */
@ApplicationScoped
public class CommandStreams {

    private final Partitions partitions;
    private final String prefix;

    public CommandStreams(Partitions partitions, @ConfigProperty(name = "buzzline.redis.key-prefix") String prefix) {
        this.partitions = partitions;
        this.prefix = prefix;
    }

    /** The command stream of {@code gameId}'s partition. */
    public String of(String gameId) {
        return SharedStream.COMMANDS.key(prefix, partitions, gameId);
    }

    /** Outgoing metadata sending a command of {@code gameId} to its partition, as message {@code messageId}. */
    public OutgoingRedisStreamsMetadata metadata(String gameId, String messageId) {
        return new OutgoingRedisStreamsMetadata(of(gameId), messageId, java.util.Map.of());
    }
}
