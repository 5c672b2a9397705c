package io.buzzline.match.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.runtime.CommandDelays;
import io.buzzline.match.runtime.GameDirectory;
import io.buzzline.match.runtime.Handled;
import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;
import io.buzzline.redis.streams.incoming.Settle;
import io.buzzline.redis.streams.tracing.TraceMetadata;
import io.buzzline.telemetry.LogFields;

/**
 * Consumes the shared command stream. Every instance reads every command (a consumer group per
 * instance), so the owner of a game sees all its commands in stream order without any forwarding hop;
 * the others acknowledge at once. The owner acknowledges after the resulting events are appended.
 */
@ApplicationScoped
public class CommandIntake {

    private final GameDirectory directory;
    private final CommandCodec codec = new CommandCodec();
    private final InflightLimit inflight;
    private final CommandDelays delays;

    public CommandIntake(GameDirectory directory, MatchConfig config, CommandDelays delays) {
        this.directory = directory;
        this.delays = delays;
        this.inflight = new InflightLimit(config.match().maxInflightCommands());
    }

    @Incoming(SharedStream.Channel.COMMANDS)
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
        delays.read(command.issuedAt(), entryId);
        // Not awaited: the channel moves on to the next entry while this one's append is in flight, up to the
        // in-flight limit; then it waits for a slot.
        Context trace = message.getMetadata(TraceMetadata.class)
                .map(TraceMetadata::context)
                .orElse(null);
        return inflight.acquire()
                .thenAccept(slot -> Settle.when(
                        message,
                        route(command, entryId, trace).whenComplete((handled, failure) -> inflight.release())));
    }

    private CompletableFuture<Handled> route(CommandEnvelope command, String entryId, Context trace) {
        // The game (and trace) on whatever routing logs now: placing the game, a refusal, a failure.
        try (var fields = LogFields.of(
                command.gameId(),
                null,
                trace == null ? null : Span.fromContext(trace).getSpanContext())) {
            return directory.route(command, entryId, trace);
        } catch (RuntimeException e) {
            // Never leak an in-flight slot: a failure nacks the entry, which is read again.
            return CompletableFuture.failedFuture(e);
        }
    }
}
