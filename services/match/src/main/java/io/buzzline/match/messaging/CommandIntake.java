package io.buzzline.match.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.match.runtime.GameDirectory;
import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;

/**
 * Consumes the shared command stream. Every instance reads every command (a consumer group per
 * instance), so the owner of a game sees all its commands in stream order without any forwarding hop;
 * the others acknowledge at once. The owner acknowledges after the resulting events are appended.
 */
@ApplicationScoped
public class CommandIntake {

    private final GameDirectory directory;
    private final CommandCodec codec = new CommandCodec();

    public CommandIntake(GameDirectory directory) {
        this.directory = directory;
    }

    @Incoming(Channels.COMMANDS)
    CompletionStage<Void> receive(Message<String> message) {
        String entryId = message.getMetadata(IncomingRedisStreamsMetadata.class)
                .map(IncomingRedisStreamsMetadata::entryId)
                .orElseThrow();
        CommandEnvelope command;
        try {
            command = codec.decode(message.getPayload());
        } catch (ModelDecodingException e) {
            // Every instance sees it; retrying cannot help. The sender validated it, so this is a bug upstream.
            Log.warnf("undecodable command %s: %s", entryId, e.getMessage());
            return message.ack();
        }
        // Not awaited: the channel moves on to the next entry while this one's append is in flight.
        directory.route(command, entryId).whenComplete((handled, failure) -> {
            if (failure == null) {
                message.ack();
            } else {
                message.nack(failure);
            }
        });
        return CompletableFuture.completedFuture(null);
    }
}
