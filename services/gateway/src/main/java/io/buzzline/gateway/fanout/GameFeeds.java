package io.buzzline.gateway.fanout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.buzzline.events.json.EventBatch;
import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.CommandRefusal;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.gateway.aggregate.AggregateSettings;
import io.buzzline.gateway.resume.EventLogReader;
import io.buzzline.gateway.resume.LoggedEvent;
import io.buzzline.gateway.tracing.GatewayTraces;
import io.buzzline.telemetry.LogFields;

/**
 * This instance's {@link GameFeed}s: one per game with local connections, created with the first
 * connection (subscribing the game's live channels) and dropped with the last. Each live event is
 * decoded once and offered to its game's feed, which orders, folds and routes it; rejected commands go
 * to the connection that sent them.
 */
@ApplicationScoped
public class GameFeeds {

    private final LiveChannels channels;
    private final RedisNames keys;
    private final EventLogReader log;
    private final AggregateSettings aggregates;
    private final FeedLatencies latencies;
    private final GatewayTraces traces;
    private final Map<String, GameFeed> games = new ConcurrentHashMap<>();
    private final WireCodec wire = new WireCodec();

    public GameFeeds(
            LiveChannels channels,
            RedisNames keys,
            EventLogReader log,
            AggregateSettings aggregates,
            FeedLatencies latencies,
            GatewayTraces traces) {
        this.channels = channels;
        this.keys = keys;
        this.log = log;
        this.aggregates = aggregates;
        this.latencies = latencies;
        this.traces = traces;
    }

    @PostConstruct
    void listen() {
        channels.listen(this::message, this::resubscribed);
    }

    /**
     * The feed of {@code gameId}, created (and its live channels subscribed, then the log read) if this
     * instance had none; completes once it is {@link GameFeed#ready() ready} to attach connections.
     */
    public Uni<GameFeed> open(String gameId, String connectionId) {
        GameFeed feed = games.compute(gameId, (id, known) -> {
            GameFeed result = known == null ? new GameFeed(id, log, aggregates.create(), latencies) : known;
            result.expect(connectionId);
            return result;
        });
        // Subscribed first, so nothing published from then on is missed; the log holds the rest. Every
        // opener until the feed is ready starts its read (it runs once at a time), so a first opener whose
        // subscription failed leaves no later one waiting on a read that never started.
        return channels.subscribe(
                        List.of(keys.game(gameId).live(), keys.game(gameId).rejections()))
                .invoke(feed::readIfNotReady)
                .flatMap(ignored -> feed.ready())
                .replaceWith(feed);
    }

    /** Removes a connection; the feed goes with its game's last local connection. */
    public void leave(String gameId, String connectionId) {
        games.computeIfPresent(gameId, (id, feed) -> {
            feed.detach(connectionId);
            if (feed.isEmpty()) {
                channels.unsubscribe(
                        List.of(keys.game(gameId).live(), keys.game(gameId).rejections()));
                return null;
            }
            return feed;
        });
    }

    /** The feed of {@code gameId}, or null if this instance serves none of its connections. */
    public GameFeed feed(String gameId) {
        return games.get(gameId);
    }

    /** The feeds of the games this instance serves. */
    public Collection<GameFeed> all() {
        return games.values();
    }

    private void message(String channel, String payload) {
        String gameId = keys.gameOf(channel);
        GameFeed feed = gameId == null ? null : games.get(gameId);
        if (feed == null) {
            return;
        }
        if (channel.equals(keys.game(gameId).live())) {
            if (traces.enabled()) {
                traces.routed(gameId, payload, () -> live(feed, payload));
            } else {
                // Untraced, a live message costs this one check more than before: no lambda, no span.
                live(feed, payload);
            }
        } else if (channel.equals(keys.game(gameId).rejections())) {
            rejected(feed, payload);
        }
    }

    private void live(GameFeed feed, String payload) {
        // One message per append: a reveal's thousands of points arrive as one message, not thousands.
        List<String> entries = EventBatch.split(payload);
        List<LoggedEvent> append = new ArrayList<>(entries.size());
        for (String json : entries) {
            LoggedEvent event;
            try {
                event = log.decode(json);
            } catch (ModelDecodingException e) {
                try (var fields = LogFields.of(feed.gameId(), null, null)) {
                    Log.errorf(
                            "game %s: undecodable live event skipped (refilled from the log): %s",
                            feed.gameId(), e.getMessage());
                }
                continue;
            }
            append.add(event);
        }
        feed.offerAppend(append);
    }

    private void rejected(GameFeed feed, String payload) {
        // One message holds the refusals of one group match decided together (see WireCodec).
        List<CommandRefusal> refusals;
        try {
            refusals = wire.decodeCommandRefusals(payload);
        } catch (ModelDecodingException e) {
            Log.warnf("game %s: undecodable command refusals skipped: %s", feed.gameId(), e.getMessage());
            return;
        }
        for (CommandRefusal refusal : refusals) {
            String connectionId = refusal.connectionId();
            Subscriber sender = connectionId == null ? null : feed.connection(connectionId);
            if (sender != null) {
                sender.rejected(refusal.commandId(), refusal.code(), refusal.message());
            }
        }
    }

    private void resubscribed(Set<String> again) {
        for (String channel : again) {
            String gameId = keys.gameOf(channel);
            GameFeed feed = gameId == null ? null : games.get(gameId);
            if (feed != null && channel.equals(keys.game(gameId).live())) {
                feed.refill();
            }
        }
    }
}
