package io.buzzline.match.fanout;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;
import io.buzzline.match.log.GameKeys;
import io.buzzline.match.messaging.Channels;
import io.buzzline.redis.streams.outgoing.OutgoingRedisStreamsMetadata;

/**
 * Feeds every appended event into the shared events stream that scoring and content consume with their
 * groups. The message id is the event id ({@code gameId:sequence}), their idempotency key. The game's
 * {@code fed} mark moves after the stream acknowledged, so a new owner re-feeds whatever a dead one
 * had not: at least once, never lost.
 */
@ApplicationScoped
public class EventFeed {

    private final MutinyEmitter<String> emitter;
    private final Redis redis;
    private final EventCodec codec = new EventCodec();

    public EventFeed(
            @Channel(Channels.EVENTS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> emitter,
            Redis redis) {
        this.emitter = emitter;
        this.redis = redis;
    }

    public Uni<Void> publish(GameKeys keys, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = events.stream().map(this::send).toList();
        long last = events.getLast().sequence();
        return Uni.join()
                .all(sends)
                .andFailFast()
                .flatMap(ignored -> redis.send(
                        Request.cmd(Command.HSET).arg(keys.meta()).arg("fed").arg(last)))
                .replaceWithVoid();
    }

    private Uni<Void> send(EventEnvelope event) {
        var metadata = new OutgoingRedisStreamsMetadata(
                null,
                event.eventId(),
                Map.of("game-id", event.gameId(), "type", event.type().name()));
        return emitter.sendMessage(Message.of(codec.encode(event)).addMetadata(metadata));
    }
}
