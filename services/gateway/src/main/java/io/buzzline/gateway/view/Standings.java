package io.buzzline.gateway.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.buzzline.engine.GameState;
import io.buzzline.engine.Leaderboard;
import io.buzzline.gateway.view.GameView.StandingView;

/**
 * A game's leaderboard at one sequence, the same for every role: computed once per folded state and
 * shared by all the welcomes built from it (each used to sort the whole board again: 10,000 hellos of a
 * 10,000-player game meant 10,000 sorts of 10,000 players).
 */
public record Standings(String gameId, long sequence, List<StandingView> board, Map<String, Integer> ranks) {

    public static Standings of(GameState state) {
        List<StandingView> board = Leaderboard.players(state).stream()
                .map(s -> new StandingView(
                        s.rank(),
                        s.id(),
                        s.name(),
                        s.total(),
                        state.players().get(s.id()).status().name()))
                .toList();
        Map<String, Integer> ranks = new HashMap<>();
        board.forEach(standing -> ranks.put(standing.playerId(), standing.rank()));
        return new Standings(state.gameId(), state.sequence(), board, Map.copyOf(ranks));
    }

    /** Whether these are the standings of {@code state}. */
    public boolean belongTo(GameState state) {
        return sequence == state.sequence() && gameId.equals(state.gameId());
    }

    /** The best {@code limit} standings. */
    public List<StandingView> top(int limit) {
        return board.size() <= limit ? board : board.subList(0, limit);
    }
}
