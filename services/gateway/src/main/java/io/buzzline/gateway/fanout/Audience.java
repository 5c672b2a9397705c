package io.buzzline.gateway.fanout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import io.buzzline.events.Visibility;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.resume.LoggedEvent;

/**
 * A game's local connections indexed by who may see what, so routing an event touches only its
 * recipients: every connection for a public event, one player's connections (a map lookup) for that
 * player's own events, none for log-only ones (the answer keys among them). Not thread-safe: its
 * {@link GameFeed} holds the lock.
 */
public final class Audience {

    private final Map<String, Subscriber> all = new LinkedHashMap<>();
    private final Map<String, Subscriber> hosts = new LinkedHashMap<>();
    private final Map<String, Subscriber> crowd = new LinkedHashMap<>();
    private final Map<String, List<Subscriber>> players = new HashMap<>();

    void add(Subscriber subscriber) {
        Identity who = subscriber.identity();
        all.put(subscriber.connectionId(), subscriber);
        switch (who.role()) {
            case HOST -> hosts.put(subscriber.connectionId(), subscriber);
            case PLAYER -> {
                crowd.put(subscriber.connectionId(), subscriber);
                players.computeIfAbsent(who.subject(), id -> new ArrayList<>(1)).add(subscriber);
            }
            case SPECTATOR -> crowd.put(subscriber.connectionId(), subscriber);
        }
    }

    void remove(String connectionId) {
        Subscriber gone = all.remove(connectionId);
        if (gone == null) {
            return;
        }
        hosts.remove(connectionId);
        crowd.remove(connectionId);
        List<Subscriber> own = players.get(gone.identity().subject());
        if (own != null) {
            own.remove(gone);
            if (own.isEmpty()) {
                players.remove(gone.identity().subject());
            }
        }
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    boolean hasPlayer(String playerId) {
        return players.containsKey(playerId);
    }

    Subscriber connection(String connectionId) {
        return all.get(connectionId);
    }

    void forEach(Consumer<Subscriber> action) {
        List.copyOf(all.values()).forEach(action);
    }

    /** Hands {@code event} to the connections its visibility allows, and to no other. */
    void route(LoggedEvent event) {
        switch (event.envelope().event().visibility()) {
            case Visibility.Public p -> all.values().forEach(s -> s.event(event));
            case Visibility.OnePlayer one -> {
                List<Subscriber> own = players.get(one.playerId());
                if (own != null) {
                    own.forEach(s -> s.event(event));
                }
            }
            case Visibility.LogOnly l -> {}
        }
    }

    /** Sends an aggregate frame to the host connections. */
    public void toHosts(String frame) {
        hosts.values().forEach(s -> s.aggregate(frame));
    }

    /** Sends an aggregate frame to players and spectators. */
    public void toCrowd(String frame) {
        crowd.values().forEach(s -> s.aggregate(frame));
    }

    /** Sends each player its own frame ({@code perPlayer} of its id) and spectators {@code shared}. */
    public void toCrowd(Function<String, String> perPlayer, String shared) {
        crowd.values().forEach(s -> {
            Identity who = s.identity();
            s.aggregate(
                    switch (who.role()) {
                        case PLAYER -> perPlayer.apply(who.subject());
                        case HOST, SPECTATOR -> shared;
                    });
        });
    }
}
