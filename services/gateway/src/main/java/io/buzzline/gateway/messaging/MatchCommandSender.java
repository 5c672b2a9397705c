package io.buzzline.gateway.messaging;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.GameCommand;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.redis.streams.outgoing.OutgoingRedisStreamsMetadata;

/**
 * Sends validated commands to match's command stream; the returned Uni completes once Redis holds the
 * command, which is when the client gets its ack. The command id is the stream message id, match's
 * idempotency key.
 */
@ApplicationScoped
public class MatchCommandSender {

    private final MutinyEmitter<String> emitter;
    private final CommandCodec codec = new CommandCodec();

    public MatchCommandSender(
            @Channel(Channels.MATCH_COMMANDS) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                    MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> send(String commandId, String gameId, Instant issuedAt, GameCommand command) {
        String json = codec.encode(new CommandEnvelope(commandId, gameId, issuedAt, command));
        var metadata = new OutgoingRedisStreamsMetadata(null, commandId, Map.of());
        return emitter.sendMessage(Message.of(json).addMetadata(metadata));
    }
}
