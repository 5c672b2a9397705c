package io.buzzline.gateway.view;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.events.EventEnvelope;

/**
 * The latest folded state of each game with local connections, so a hello folds only the log's tail
 * instead of the whole log: 10,000 players joining one game would otherwise fold it 10,000 times.
 * States are immutable; the newest one wins.
 */
@ApplicationScoped
public class FoldedGames {

    private final Map<String, GameState> games = new ConcurrentHashMap<>();

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

    /** Forgets a game this instance no longer serves. */
    public void forget(String gameId) {
        games.remove(gameId);
    }
}
