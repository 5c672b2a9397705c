package io.buzzline.engine;

import io.buzzline.rules.Streak;

/**
 * One player as the game knows them. {@code total} is the score from the last SCORE_UPDATED and
 * {@code totalSince} the sequence it was set at (or the join), which breaks leaderboard ties;
 * {@code streak} is their run of correct CLASSIC answers, which the next reveal continues or ends.
 */
public record Player(
        String playerId, String nickname, String teamId, Status status, long total, long totalSince, Streak streak) {

    /** Whether the player takes part right now. */
    public enum Status {
        ACTIVE,
        LEFT,
        KICKED
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    Player withStatus(Status newStatus) {
        return new Player(playerId, nickname, teamId, newStatus, total, totalSince, streak);
    }

    Player rejoined(String newNickname, String newTeamId) {
        return new Player(playerId, newNickname, newTeamId, Status.ACTIVE, total, totalSince, streak);
    }

    Player scored(long newTotal, long sequence, Streak newStreak) {
        return new Player(playerId, nickname, teamId, status, newTotal, sequence, newStreak);
    }
}
