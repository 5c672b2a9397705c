package io.buzzline.scoring.leaderboard;

import java.util.Optional;

/**
 * A player's place and the places right around it: "you are 37th, 120 points behind 36th". {@code
 * ahead} is the place just above (absent for the leader), {@code behind} the one just below.
 */
public record Neighbourhood(Standing you, Optional<Standing> ahead, Optional<Standing> behind, long players) {

    /** Points the player needs to draw level with the place above; 0 for the leader. */
    public long pointsBehindAhead() {
        return ahead.map(a -> a.score() - you.score()).orElse(0L);
    }
}
