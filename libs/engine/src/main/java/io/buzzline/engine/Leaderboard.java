package io.buzzline.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leaderboard order derived from the totals of SCORE_UPDATED: highest total first, then whoever
 * reached their total earlier in the log, then player id. Players who left keep their place.
 */
public final class Leaderboard {

    /** The ranking order of players. */
    public static final Comparator<Player> ORDER = Comparator.comparingLong(Player::total)
            .reversed()
            .thenComparingLong(Player::totalSince)
            .thenComparing(Player::playerId);

    private Leaderboard() {}

    /** One line of a leaderboard; equal totals share a rank (1, 2, 2, 4). */
    public record Standing(int rank, String id, String name, long total) {}

    public static List<Standing> players(GameState state) {
        List<Player> ordered = state.players().values().stream().sorted(ORDER).toList();
        List<Standing> standings = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Player p = ordered.get(i);
            int rank = i > 0 && ordered.get(i - 1).total() == p.total()
                    ? standings.get(i - 1).rank()
                    : i + 1;
            standings.add(new Standing(rank, p.playerId(), p.nickname(), p.total()));
        }
        return standings;
    }

    /** Team totals (sum of members), for games played in teams. */
    public static List<Standing> teams(GameState state) {
        Map<String, Long> totals = new TreeMap<>();
        for (Player p : state.players().values()) {
            if (p.teamId() != null) {
                totals.merge(p.teamId(), p.total(), Long::sum);
            }
        }
        List<Map.Entry<String, Long>> ordered = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .toList();
        List<Standing> standings = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            var team = ordered.get(i);
            int rank = i > 0 && ordered.get(i - 1).getValue().equals(team.getValue())
                    ? standings.get(i - 1).rank()
                    : i + 1;
            standings.add(new Standing(rank, team.getKey(), team.getKey(), team.getValue()));
        }
        return standings;
    }
}
