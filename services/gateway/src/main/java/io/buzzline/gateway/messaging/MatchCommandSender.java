package io.buzzline.gateway.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.GameCommand;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.redis.streams.tracing.TraceMetadata;
import io.buzzline.redis.wire.GameStreams;

/**
 * Sends validated commands to match's command stream; the returned Uni completes once Redis holds the
 * command, which is when the client gets its ack. The command id is the stream message id, match's
 * idempotency key.
 *
 * <p>The buffer holds the commands waiting for the stream: when 10,000 players answer within a second,
 * they all arrive before the stream has taken the first few hundred. At 4,096 it overflowed and 7 % of
 * the answers of a 10,000-player question were refused {@code UNAVAILABLE} (scripts/bench-game 10000,
 * 2026-12-06). 32,768 holds three commands per connection of a full 10,000-player game (a few hundred
 * bytes each, ~10 MB at worst); the per-connection token bucket bounds what one client can add. The
 * services' emitter policy, channel by channel: libs/redis-streams README, "Consuming and emitting".
 */
@ApplicationScoped
public class MatchCommandSender {

    private final MutinyEmitter<String> emitter;
    private final GameStreams streams;
    private final CommandCodec codec = new CommandCodec();

    public MatchCommandSender(
            @Channel(SharedStream.Channel.COMMANDS) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 32768)
                    MutinyEmitter<String> emitter,
            GameStreams streams) {
        this.emitter = emitter;
        this.streams = streams;
    }

    /**
     * Sends one command; {@code trace} (the invalid span when tracing is off) becomes the parent of the
     * connector's XADD span, whose context the entry carries to match.
     */
    public Uni<Void> send(String commandId, String gameId, Instant issuedAt, GameCommand command, Span trace) {
        String json = codec.encode(new CommandEnvelope(commandId, gameId, issuedAt, command));
        var metadata = streams.metadata(SharedStream.COMMANDS, gameId, commandId);
        Message<String> message = Message.of(json).addMetadata(metadata);
        if (trace.getSpanContext().isValid()) {
            message = message.addMetadata(new TraceMetadata(Context.root().with(trace)));
        }
        return emitter.sendMessage(message);
    }
}
