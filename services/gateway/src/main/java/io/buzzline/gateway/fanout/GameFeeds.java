package io.buzzline.gateway.fanout;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import io.buzzline.events.json.ModelDecodingException;
import io.buzzline.gateway.config.GatewayKeys;
import io.buzzline.gateway.resume.EventLogReader;
import io.buzzline.gateway.resume.LoggedEvent;

/**
 * Delivers each game's live events to this instance's connections of that game. A game's channels are
 * subscribed while it has a local connection. Each event is decoded once and offered to every
 * connection's {@link io.buzzline.gateway.resume.Delivery}, which keeps order and fills gaps; rejected
 * commands go to the connection that sent them.
 */
@ApplicationScoped
public class GameFeeds {

    private final LiveChannels channels;
    private final GatewayKeys keys;
    private final EventLogReader log;
    private final Map<String, Map<String, Subscriber>> games = new ConcurrentHashMap<>();

    public GameFeeds(LiveChannels channels, GatewayKeys keys, EventLogReader log) {
        this.channels = channels;
        this.keys = keys;
        this.log = log;
    }

    @PostConstruct
    void listen() {
        channels.listen(this::message, this::resubscribed);
    }

    /** Adds a connection to its game's feed; completes once the game's channels are subscribed. */
    public Uni<Void> join(String gameId, String connectionId, Subscriber subscriber) {
        games.compute(gameId, (id, local) -> {
            Map<String, Subscriber> map = local == null ? new ConcurrentHashMap<>() : local;
            map.put(connectionId, subscriber);
            return map;
        });
        return channels.subscribe(List.of(keys.live(gameId), keys.rejections(gameId)));
    }

    public void leave(String gameId, String connectionId) {
        games.computeIfPresent(gameId, (id, local) -> {
            local.remove(connectionId);
            if (local.isEmpty()) {
                channels.unsubscribe(List.of(keys.live(gameId), keys.rejections(gameId)));
                return null;
            }
            return local;
        });
    }

    /** How many connections of {@code gameId} this instance holds. */
    public int local(String gameId) {
        Map<String, Subscriber> local = games.get(gameId);
        return local == null ? 0 : local.size();
    }

    private void message(String channel, String payload) {
        String gameId = keys.gameOf(channel);
        Map<String, Subscriber> local = gameId == null ? null : games.get(gameId);
        if (local == null) {
            return;
        }
        if (channel.equals(keys.live(gameId))) {
            LoggedEvent event;
            try {
                event = log.decode(payload);
            } catch (ModelDecodingException e) {
                Log.errorf(
                        "game %s: undecodable live event skipped (refilled from the log): %s", gameId, e.getMessage());
                return;
            }
            local.values().forEach(subscriber -> subscriber.event(event));
        } else if (channel.equals(keys.rejections(gameId))) {
            rejected(local, payload);
        }
    }

    private static void rejected(Map<String, Subscriber> local, String payload) {
        JsonObject rejection = new JsonObject(payload);
        String commandId = rejection.getString("commandId", "");
        int slash = commandId.lastIndexOf('/');
        Subscriber sender = slash > 0 ? local.get(commandId.substring(0, slash)) : null;
        if (sender != null) {
            sender.rejected(commandId, rejection.getString("code"), rejection.getString("message"));
        }
    }

    private void resubscribed(Set<String> again) {
        for (String channel : again) {
            String gameId = keys.gameOf(channel);
            Map<String, Subscriber> local = gameId == null ? null : games.get(gameId);
            if (local != null && channel.equals(keys.live(gameId))) {
                local.values().forEach(Subscriber::resync);
            }
        }
    }

    /** A local connection as the feed sees it. */
    public interface Subscriber {

        /** A live event of the connection's game. */
        void event(LoggedEvent event);

        /** Match refused the command {@code commandId} this connection sent. */
        void rejected(String commandId, String code, String message);

        /** Live messages may have been lost: catch up from the log. */
        void resync();
    }
}
