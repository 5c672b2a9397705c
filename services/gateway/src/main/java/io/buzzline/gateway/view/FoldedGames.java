package io.buzzline.gateway.view;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.events.EventEnvelope;
import io.buzzline.gateway.resume.EventLogReader;
import io.buzzline.gateway.resume.LoggedEvent;

/**
 * The latest folded state of each game with local connections, so a hello folds only the log's tail
 * instead of the whole log. Hellos that arrive together share one read of the tail and one fold: 2,000
 * players connecting at once used to read and fold the whole log 2,000 times on the event loop. A shared
 * read may have started before a hello joined the live feed; its delivery fills that gap from the log.
 * States are immutable; the newest one wins.
 */
@ApplicationScoped
public class FoldedGames {

    private final EventLogReader log;
    private final Map<String, GameState> games = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<GameState>> reading = new ConcurrentHashMap<>();
    private final Map<String, Standings> standings = new ConcurrentHashMap<>();

    public FoldedGames(EventLogReader log) {
        this.log = log;
    }

    /** The game as of its log's end when the (possibly shared) read ran. */
    public Uni<GameState> current(String gameId) {
        CompletableFuture<GameState> mine = new CompletableFuture<>();
        CompletableFuture<GameState> running = reading.putIfAbsent(gameId, mine);
        if (running != null) {
            return Uni.createFrom().completionStage(running);
        }
        GameState base = get(gameId);
        log.readAfter(gameId, base.sequence())
                .subscribe()
                .with(
                        events -> {
                            reading.remove(gameId, mine);
                            try {
                                mine.complete(fold(base, envelopes(events)));
                            } catch (RuntimeException e) {
                                mine.completeExceptionally(e);
                            }
                        },
                        failure -> {
                            reading.remove(gameId, mine);
                            mine.completeExceptionally(failure);
                        });
        return Uni.createFrom().completionStage(mine);
    }

    /** The cached state of {@code gameId}, or the empty one. */
    public GameState get(String gameId) {
        return games.getOrDefault(gameId, GameState.empty(gameId));
    }

    /** Folds {@code events} (those past {@code base}'s sequence) onto {@code base} and keeps the newest. */
    public GameState fold(GameState base, List<EventEnvelope> events) {
        List<EventEnvelope> tail =
                events.stream().filter(e -> e.sequence() > base.sequence()).toList();
        GameState state = GameEngine.applyAll(base, tail);
        games.merge(state.gameId(), state, (old, fresh) -> fresh.sequence() >= old.sequence() ? fresh : old);
        return state;
    }

    /** The standings of {@code state}, computed once for all the hellos that share it. */
    public Standings standings(GameState state) {
        Standings cached = standings.get(state.gameId());
        if (cached != null && cached.belongTo(state)) {
            return cached;
        }
        Standings fresh = Standings.of(state);
        standings.merge(state.gameId(), fresh, (old, next) -> next.sequence() >= old.sequence() ? next : old);
        return fresh;
    }

    /** Forgets a game this instance no longer serves. */
    public void forget(String gameId) {
        games.remove(gameId);
        standings.remove(gameId);
    }

    public static List<EventEnvelope> envelopes(List<LoggedEvent> events) {
        return events.stream().map(LoggedEvent::envelope).toList();
    }
}
