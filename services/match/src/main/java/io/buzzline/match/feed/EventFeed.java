package io.buzzline.match.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventBatch;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.match.redis.GameKeys;
import io.buzzline.redis.streams.outgoing.OutgoingRedisStreamsMetadata;
import io.buzzline.redis.streams.tracing.TraceMetadata;
import io.buzzline.redis.wire.GameStreams;

/**
 * Feeds every append into the game's partition of the events stream that scoring consumes with its group, as one entry of
 * all its events (io.buzzline.events.json.EventBatch; at 10,000 players a question was 17,000 entries,
 * each written, read and acknowledged on its own), and the milestones among them, one entry each, into
 * the milestone stream the lobby and content consume (they follow games, and reading every answer and
 * score of a 10,000-player game cost each of them as much CPU as match). An entry's message id is its
 * (last) event's id ({@code gameId:sequence}). The game's {@code fed} mark moves after both streams
 * acknowledged, so a new owner re-feeds whatever a dead one had not: at least once, never lost.
 *
 * <p>Both emitters buffer without bound, on purpose: a send refused on overflow would be lost for good,
 * since the game's next append moves {@code fed} past it and only a new owner re-feeds. What bounds them is
 * upstream: each send follows an append that Redis already took (libs/redis-streams README, "Consuming and
 * emitting").
 */
@ApplicationScoped
public class EventFeed {

    private final MutinyEmitter<String> emitter;
    private final MutinyEmitter<String> milestones;
    private final GameStreams streams;
    private final Redis redis;
    private final EventCodec codec = new EventCodec();

    public EventFeed(
            @Channel(SharedStream.Channel.EVENTS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> emitter,
            @Channel(SharedStream.Channel.MILESTONES) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> milestones,
            GameStreams streams,
            Redis redis) {
        this.emitter = emitter;
        this.milestones = milestones;
        this.streams = streams;
        this.redis = redis;
    }

    /** Feeds {@code events} read back from the log (a new owner re-feeding what a dead one had not). */
    public Uni<Void> publish(GameKeys keys, List<EventEnvelope> events) {
        return publish(keys, events, events.stream().map(codec::encode).toList(), null);
    }

    /**
     * Feeds {@code events} just appended, each with the JSON the log holds for it; {@code trace} (null when
     * not traced) is the append's span, which the entries' producer spans, and so scoring, continue.
     */
    public Uni<Void> publish(GameKeys keys, List<EventEnvelope> events, List<String> json, Context trace) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = new ArrayList<>(2);
        // One entry for the whole append: its id is the last event's, so a reader of ids sees how far it goes.
        EventEnvelope last = events.getLast();
        // To the game's partition of the feed: scoring reads it in the game's order.
        sends.add(send(
                emitter,
                streams.of(SharedStream.EVENTS, last.gameId()),
                last,
                events.size() == 1 ? last.type().name() : "BATCH",
                EventBatch.join(json),
                trace));
        for (int i = 0; i < events.size(); i++) {
            EventEnvelope event = events.get(i);
            if (event.type().isMilestone()) {
                sends.add(send(milestones, null, event, event.type().name(), json.get(i), trace));
            }
        }
        return Uni.join()
                .all(sends)
                .andFailFast()
                .flatMap(ignored -> redis.send(
                        Request.cmd(Command.HSET).arg(keys.meta()).arg("fed").arg(last.sequence())))
                .replaceWithVoid();
    }

    /** {@code stream}: the partition's stream, or null for the channel's own. */
    private static Uni<Void> send(
            MutinyEmitter<String> to, String stream, EventEnvelope event, String type, String json, Context trace) {
        var metadata = new OutgoingRedisStreamsMetadata(
                stream, event.eventId(), Map.of("game-id", event.gameId(), "type", type));
        Message<String> message = Message.of(json).addMetadata(metadata);
        return to.sendMessage(trace == null ? message : message.addMetadata(new TraceMetadata(trace)));
    }
}
