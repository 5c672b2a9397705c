package io.buzzline.lobby.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.GameCommand;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.wire.SharedStream;

/**
 * Sends commands to match's command stream and waits until Redis has them, so a request the lobby
 * answered with success is never lost.
 */
@ApplicationScoped
public class StreamMatchCommands implements MatchCommands {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);

    private final Emitter<String> emitter;
    private final CommandCodec codec = new CommandCodec();
    private final Clock clock;

    public StreamMatchCommands(@Channel(SharedStream.Channel.COMMANDS) Emitter<String> emitter, Clock clock) {
        this.emitter = emitter;
        this.clock = clock;
    }

    @Override
    public void send(String commandId, String gameId, GameCommand command) {
        String json = codec.encode(new CommandEnvelope(commandId, gameId, clock.instant(), command));
        try {
            emitter.send(json).toCompletableFuture().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MatchUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new MatchUnavailableException(e);
        }
    }
}
