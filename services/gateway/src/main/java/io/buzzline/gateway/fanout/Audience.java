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
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.resume.Append;
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

    /**
     * Hands the events of one append to each connection as its visibility allows: every connection the
     * append's public events (one frame, built once), a player with events of its own in the append
     * those too, merged in sequence order (one frame per player).
     */
    void route(List<LoggedEvent> append) {
        List<LoggedEvent> shared = new ArrayList<>(append.size());
        Map<String, List<LoggedEvent>> own = new HashMap<>();
        for (LoggedEvent event : append) {
            switch (event.envelope().event().visibility()) {
                case Visibility.Public p -> shared.add(event);
                case Visibility.OnePlayer one -> {
                    if (players.containsKey(one.playerId())) {
                        own.computeIfAbsent(one.playerId(), id -> new ArrayList<>(2))
                                .add(event);
                    }
                }
                case Visibility.LogOnly l -> {}
            }
        }
        Append forAll = shared.isEmpty() ? null : Append.of(shared);
        if (forAll != null) {
            all.values().forEach(s -> {
                if (s.identity().role() != Role.PLAYER
                        || !own.containsKey(s.identity().subject())) {
                    deliver(s, forAll);
                }
            });
        }
        own.forEach((playerId, events) -> {
            Append mine = Append.of(merged(shared, events));
            players.get(playerId).forEach(s -> deliver(s, mine));
        });
    }

    private static void deliver(Subscriber subscriber, Append append) {
        if (append.events().size() == 1) {
            subscriber.event(append.events().getFirst());
        } else {
            subscriber.append(append);
        }
    }

    /** Two lists in sequence order merged into one. */
    private static List<LoggedEvent> merged(List<LoggedEvent> a, List<LoggedEvent> b) {
        List<LoggedEvent> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size() || (i < a.size() && a.get(i).sequence() < b.get(j).sequence())) {
                out.add(a.get(i++));
            } else {
                out.add(b.get(j++));
            }
        }
        return out;
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
