package io.buzzline.lobby.messaging;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.GameCommand;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.redis.wire.GameStreams;

/**
 * Sends commands to match's command stream and waits until Redis has them, so a request the lobby
 * answered with success is never lost. Each sender waits for its own send, so at most one per worker
 * thread (Quarkus' pool, 200 by default) is outstanding: the buffer of 256 never overflows
 * (libs/redis-streams README, "Consuming and emitting").
 */
@ApplicationScoped
public class StreamMatchCommands implements MatchCommands {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);

    private final MutinyEmitter<String> emitter;
    private final GameStreams streams;
    private final CommandCodec codec = new CommandCodec();
    private final Clock clock;

    public StreamMatchCommands(
            @Channel(SharedStream.Channel.COMMANDS) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 256)
                    MutinyEmitter<String> emitter,
            GameStreams streams,
            Clock clock) {
        this.emitter = emitter;
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public void send(String commandId, String gameId, GameCommand command) {
        String json = codec.encode(new CommandEnvelope(commandId, gameId, clock.instant(), command));
        try {
            emitter.sendMessage(
                            Message.of(json).addMetadata(streams.metadata(SharedStream.COMMANDS, gameId, commandId)))
                    .await()
                    .atMost(SEND_TIMEOUT);
        } catch (RuntimeException e) {
            // Refused, failed or timed out (an interrupt keeps the thread's flag): the command may not be in Redis.
            throw new MatchUnavailableException(e);
        }
    }
}
